"""Public pages are served with strict security headers."""

import pytest
from django.test import override_settings

PRODUCTION_SECURITY = {
    "DEBUG": False,
    "SECURE_SSL_REDIRECT": True,
    "SECURE_HSTS_SECONDS": 63072000,
    "SESSION_COOKIE_SECURE": True,
    "CSRF_COOKIE_SECURE": True,
}


@pytest.fixture
def page_response(client, site_tree):
    with override_settings(**PRODUCTION_SECURITY):
        return client.get("/en/about/", secure=True)


def test_content_security_policy_forbids_inline_code(page_response):
    policy = page_response["Content-Security-Policy"]
    directives = dict(
        (part.split(" ", 1) + [""])[:2]
        for part in (p.strip() for p in policy.split(";"))
        if part
    )
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


def test_hsts_with_subdomains_and_preload(page_response):
    assert page_response["Strict-Transport-Security"] == (
        "max-age=63072000; includeSubDomains; preload"
    )


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        ("X-Frame-Options", "DENY"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ],
)
def test_simple_security_headers(page_response, header, value):
    assert page_response[header] == value


def test_permissions_policy_turns_off_unused_features(page_response):
    policy = page_response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in policy


def test_plain_http_redirects_to_https(client, site_tree):
    with override_settings(**PRODUCTION_SECURITY):
        response = client.get("/en/about/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/en/about/"


def test_admin_is_left_out_of_the_csp_but_keeps_the_other_headers(client, site_tree):
    with override_settings(**PRODUCTION_SECURITY):
        response = client.get("/admin/login/", secure=True)
    assert "Content-Security-Policy" not in response
    assert response["X-Frame-Options"] == "DENY"


def test_session_and_csrf_cookies_are_secure_and_http_only(client, site_tree):
    with override_settings(**PRODUCTION_SECURITY):
        response = client.get("/admin/login/", secure=True)
    cookie = response.cookies["csrftoken"]
    assert cookie["secure"] and cookie["httponly"]
