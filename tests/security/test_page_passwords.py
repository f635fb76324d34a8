"""Guessing a page's password is limited, as guessing an admin password is."""

import datetime
import time

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

LIMIT = 5


@pytest.fixture
def restriction(site_tree):
    return PageViewRestriction.objects.create(
        page=site_tree.standard,
        restriction_type=PageViewRestriction.PASSWORD,
        password="correct-horse",
    )


def form_url(restriction, language="en"):
    return (
        f"/{language}/_util/authenticate_with_password/"
        f"{restriction.id}/{restriction.page_id}/"
    )


def try_password(client, restriction, password, language="en", **extra):
    return client.post(
        form_url(restriction, language),
        {"password": password, "return_url": f"/{language}/contact/"},
        **extra,
    )


def test_the_right_password_opens_the_page(client, restriction):
    response = try_password(client, restriction, "correct-horse")

    assert response.status_code == 302
    assert response["Location"] == "/en/contact/"


def test_wrong_passwords_are_refused_and_then_locked_out(client, restriction):
    for _attempt in range(LIMIT):
        assert try_password(client, restriction, "wrong").status_code == 200

    locked = try_password(client, restriction, "wrong")

    assert locked.status_code == 429
    assert "try again later" in locked.content.decode()
    assert int(locked["Retry-After"]) > 0
    assert "no-store" in locked["Cache-Control"]
    # Not even the right password is checked while locked.
    assert try_password(client, restriction, "correct-horse").status_code == 429


def test_the_lock_page_is_in_the_visitors_language(client, restriction):
    for _attempt in range(LIMIT + 1):
        response = try_password(client, restriction, "wrong", language="ja")

    assert response.status_code == 429
    body = response.content.decode()
    assert '<html lang="ja">' in body
    assert "もう一度お試しください" in body


def test_the_lock_is_per_address(client, restriction):
    for _attempt in range(LIMIT):
        try_password(client, restriction, "wrong")

    response = try_password(
        Client(), restriction, "correct-horse", REMOTE_ADDR="192.0.2.10"
    )

    assert response.status_code == 302


def test_the_lock_is_per_restriction(client, restriction, site_tree):
    other = PageViewRestriction.objects.create(
        page=site_tree.about,
        restriction_type=PageViewRestriction.PASSWORD,
        password="other-horse",
    )
    for _attempt in range(LIMIT):
        try_password(client, restriction, "wrong")

    assert try_password(client, other, "other-horse").status_code == 302


def test_the_lock_expires(client, restriction, settings):
    settings.PAGE_PASSWORD_COOLOFF = datetime.timedelta(seconds=1)
    for _attempt in range(LIMIT):
        try_password(client, restriction, "wrong")
    assert try_password(client, restriction, "correct-horse").status_code == 429

    time.sleep(1.1)  # the cool-off, counted from the first failure

    assert try_password(client, restriction, "correct-horse").status_code == 302


def test_a_right_password_forgets_earlier_failures(client, restriction):
    for _attempt in range(LIMIT - 1):
        try_password(client, restriction, "wrong")
    assert try_password(client, restriction, "correct-horse").status_code == 302

    for _attempt in range(LIMIT - 1):
        try_password(client, restriction, "wrong")

    assert try_password(client, restriction, "wrong").status_code == 200


def test_showing_the_form_is_not_an_attempt(client, restriction):
    for _attempt in range(LIMIT + 1):
        assert client.get(form_url(restriction)).status_code == 200


def test_a_lock_is_logged_once(client, restriction, caplog):
    for _attempt in range(LIMIT + 2):
        try_password(client, restriction, "wrong")

    warnings = [
        record
        for record in caplog.records
        if record.name == "cccea_site.pages.page_passwords"
    ]
    assert len(warnings) == 1
    assert warnings[0].levelname == "WARNING"
