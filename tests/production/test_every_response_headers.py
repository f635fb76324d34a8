"""Every response the site sends carries the baseline security headers.

Not only rendered pages: a refused Host header, /health/ (answered before the
security middleware), static files from WhiteNoise and 404s, checked against
gunicorn with production settings as a browser gets them; and the headers a
view or a layer set itself are never replaced.
"""

import urllib.error
import urllib.request

import pytest
from django.http import HttpResponse
from django.views.decorators.clickjacking import xframe_options_exempt

from cccea_site.serving.baseline_headers import BaselineHeadersMiddleware
from tests.production.servers import (
    free_port,
    manage,
    production_environment,
    start_gunicorn,
    stop,
    wait_for,
)

HOST = "cccea.example.org"
BASELINE = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory, static_root):
    """gunicorn with production settings (HTTPS redirect on), on a new SQLite."""
    folder = tmp_path_factory.mktemp("headers")
    env = production_environment(
        DATABASE_URL=f"sqlite:///{folder / 'site.sqlite3'}",
        STATIC_ROOT=str(static_root),
    )
    del env["SECURE_SSL_REDIRECT"]  # the production default: on
    assert manage("migrate", "--noinput", "-v", "0", env=env).returncode == 0
    port = free_port()
    process = start_gunicorn(env, port)
    try:
        wait_for(f"http://127.0.0.1:{port}/health/")
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process)


def fetch(url, host=HOST, https=True):
    """Status, headers and body; `https` as the TLS proxy in front says it."""
    headers = {"Host": host}
    if https:
        headers["X-Forwarded-Proto"] = "https"
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def assert_baseline(headers):
    for name, value in BASELINE.items():
        assert headers.get(name) == value, name
    refuses_framing = headers.get("X-Frame-Options") == "DENY" or (
        "frame-ancestors 'none'" in headers.get("Content-Security-Policy", "")
    )
    assert refuses_framing


@pytest.mark.parametrize(
    ("path", "https"),
    [
        ("/en/", True),  # a page path, which the page cache looks up first
        ("/en/", False),  # plain HTTP: the HTTPS redirect reads the Host first
        ("/admin/login/", True),
        ("/robots.txt", True),
    ],
)
def test_a_refused_host_gets_the_headers(server, path, https):
    status, headers, _body = fetch(f"{server}{path}", host="evil.example", https=https)

    assert status == 400
    assert_baseline(headers)
    if headers.get_content_type() == "text/html" and not path.startswith("/admin/"):
        assert "default-src 'self'" in headers["Content-Security-Policy"]


@pytest.mark.parametrize("https", [True, False])
def test_health_gets_the_headers(server, https):
    # Load balancers call it by address over plain HTTP.
    status, headers, _body = fetch(f"{server}/health/", host="10.0.0.7", https=https)

    assert status == 200
    assert_baseline(headers)


def test_static_files_get_the_headers(server):
    status, headers, _body = fetch(f"{server}/static/css/base.css")

    assert status == 200
    assert_baseline(headers)


@pytest.mark.parametrize("path", ["/en/no-such-page/", "/no-such-file.txt"])
def test_not_found_gets_the_headers_and_the_csp(server, path):
    status, headers, _body = fetch(f"{server}{path}")

    assert status == 404
    assert_baseline(headers)
    assert "default-src 'self'" in headers["Content-Security-Policy"]


def test_a_refused_host_on_a_page_path_gets_every_page_header(client, db, settings):
    settings.PAGE_CACHE_ENABLED = True
    # The page cache reads the Host for its key; it leaves the refusal to
    # CommonMiddleware, so the 400 passes back through every security layer.
    response = client.get("/en/", HTTP_HOST="evil.example")

    assert response.status_code == 400
    assert "camera=()" in response["Permissions-Policy"]
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_headers_a_response_already_has_are_kept(rf, settings):
    settings.DEBUG = False

    def admin_preview(request):
        # As Wagtail's preview, which the admin shows in a frame.
        response = HttpResponse("<p>preview</p>")
        response["X-Frame-Options"] = "SAMEORIGIN"
        response["Content-Security-Policy"] = "default-src 'none'"
        return response

    response = BaselineHeadersMiddleware(admin_preview)(rf.get("/en/"))

    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_view_exempt_from_framing_rules_stays_exempt(rf):
    @xframe_options_exempt
    def embeddable(request):
        return HttpResponse("<p>embed</p>")

    response = BaselineHeadersMiddleware(embeddable)(rf.get("/en/"))

    assert "X-Frame-Options" not in response
