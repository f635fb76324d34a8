"""While the database cannot be reached, visitors get the last good copy of a
page, or a 503 in their language that says to try again: never a 500.

The database is made unreachable inside the process (every connection
attempt fails), so these run on SQLite too; tests/production/test_outage.py
does the same with gunicorn and a database that really goes away.
"""

from contextlib import contextmanager

import pytest
from django.db import OperationalError, connection
from django.test import override_settings

from cccea_site.operations import outage
from cccea_site.serving import page_cache

UNAVAILABLE = {
    "en": "Temporarily unavailable",
    "ko": "일시적으로 이용할 수 없습니다",
}


@pytest.fixture(autouse=True)
def page_cache_on(client):
    client.raise_request_exception = False
    outage.breaker.reset()
    with override_settings(PAGE_CACHE_ENABLED=True):
        yield
    outage.breaker.reset()


class Unreachable:
    """Stands in for the database: counts the attempts, refuses each one."""

    def __init__(self):
        self.attempts = 0

    def ensure_connection(self):
        self.attempts += 1
        raise OperationalError("connection refused (simulated)")


@contextmanager
def database_down(monkeypatch):
    database = Unreachable()
    with monkeypatch.context() as patch:
        patch.setattr(connection, "ensure_connection", database.ensure_connection)
        # As after a refused connection (the test's own one stays open).
        patch.setattr(outage, "connection_is_lost", lambda: True)
        yield database


def test_a_page_seen_before_is_served_stale_after_a_publish(
    client, site_tree, monkeypatch
):
    fresh = client.get("/ja/about/")
    assert fresh["X-Cache"] == "MISS"
    page_cache.invalidate_all_pages()  # a publish: no normal hit any more

    with database_down(monkeypatch):
        response = client.get("/ja/about/")

    assert response.status_code == 200
    assert response["X-Cache"] == "STALE"
    assert response["Warning"] == '110 - "Response is Stale"'
    assert response.content == fresh.content
    assert response["Content-Security-Policy"] == fresh["Content-Security-Policy"]
    assert "max-age=0" in response["Cache-Control"]


def test_normal_pages_tell_cdns_they_may_serve_stale_on_error(client, site_tree):
    response = client.get("/en/about/")
    assert "stale-if-error=86400" in response["Cache-Control"]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_page_nobody_cached_answers_503_in_the_visitors_language(
    client, site_tree, monkeypatch, language
):
    with database_down(monkeypatch):
        response = client.get(f"/{language}/contact/")

    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert UNAVAILABLE[language] in html
    assert "Traceback" not in html


def test_a_sign_form_sent_during_an_outage_says_to_go_back(
    client, site_tree, monkeypatch
):
    with database_down(monkeypatch):
        response = client.post(
            "/en/actions/1/sign/",
            {"email": "someone@example.org", "name": "Someone"},
            HTTP_SEC_FETCH_SITE="same-origin",
        )

    assert response.status_code == 503
    html = response.content.decode()
    assert "Back button" in html
    assert "someone@example.org" not in html  # nothing personal echoed


def test_a_search_during_an_outage_offers_the_same_search_again(
    client, site_tree, monkeypatch
):
    with database_down(monkeypatch):
        response = client.get("/en/search/", {"q": "severance pay"})

    assert response.status_code == 503
    assert 'href="/en/search/?q=severance+pay"' in response.content.decode()


def test_a_page_seen_only_by_a_logged_in_editor_is_never_kept(
    client, editor, site_tree, monkeypatch
):
    assert editor.get("/en/contact/").status_code == 200
    editor.logout()

    with database_down(monkeypatch):
        assert client.get("/en/contact/").status_code == 503


def test_a_withdrawn_page_is_not_served_stale(client, site_tree, monkeypatch):
    assert client.get("/en/contact/")["X-Cache"] == "MISS"
    site_tree.standard.unpublish()

    with database_down(monkeypatch):
        response = client.get("/en/contact/")

    assert response.status_code == 503


@override_settings(DATABASE_RETRY_SECONDS=60)
def test_after_a_failure_a_worker_does_not_wait_for_the_database_again(
    client, site_tree, monkeypatch
):
    with database_down(monkeypatch) as database:
        assert client.get("/en/contact/").status_code == 503
        attempts = database.attempts
        assert client.get("/en/about/").status_code == 503
        assert database.attempts == attempts


def test_a_bad_query_on_a_working_database_is_still_an_error(db):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM no_such_table")
    except Exception as error:  # noqa: BLE001
        assert not outage.is_database_unavailable(error)


def test_a_page_given_a_password_is_not_served_stale(client, site_tree, monkeypatch):
    from wagtail.models import PageViewRestriction

    assert client.get("/en/contact/")["X-Cache"] == "MISS"
    PageViewRestriction.objects.create(
        page=site_tree.standard, restriction_type="password", password="not-public"
    )

    with database_down(monkeypatch):
        response = client.get("/en/contact/")

    assert response.status_code == 503
