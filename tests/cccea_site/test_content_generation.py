"""Without Redis, an edit reaches every process through the database.

Each process's cache is then its own memory: the content generation lives in
a one-row table (cccea_site.serving.content_generation), replaced in the
edit's transaction and reread by each worker at most once a second.
tests/production/test_edits_reach_every_worker.py runs two gunicorn workers
and an edit from `manage.py shell`.
"""

import pytest
from django.test import override_settings

from cccea_site.serving import page_cache
from cccea_site.serving.content_generation import ContentGeneration
from tests.cccea_site.test_outage import database_down


@pytest.fixture(autouse=True)
def generation_in_the_database():
    with override_settings(
        PAGE_CACHE_ENABLED=True,
        CONTENT_GENERATION_IN_DATABASE=True,
        PAGE_CACHE_GENERATION_SECONDS=60,
    ):
        page_cache.worker_copy.forget()
        yield
    page_cache.worker_copy.forget()


def test_a_publish_replaces_the_generation_in_the_database(client, site_tree):
    client.get("/en/contact/")
    before = ContentGeneration.objects.get()

    site_tree.standard.title_en = site_tree.standard.title = "Write to us"
    site_tree.standard.save_revision().publish()

    after = ContentGeneration.objects.get()
    assert after.generation != before.generation
    assert after.withdrawal == before.withdrawal  # stale copies stay
    response = client.get("/en/contact/")
    assert response["X-Cache"] == "MISS"
    assert "Write to us" in response.content.decode()


def test_an_unpublish_also_replaces_the_withdrawal_mark(client, site_tree):
    client.get("/en/contact/")
    before = ContentGeneration.objects.get()
    site_tree.standard.unpublish()
    assert ContentGeneration.objects.get().withdrawal != before.withdrawal


def test_an_edit_by_another_process_shows_once_the_generation_is_old(client, site_tree):
    client.get("/en/contact/")
    assert client.get("/en/contact/")["X-Cache"] == "HIT"
    # Another process commits an edit: only the row changes here.
    ContentGeneration.objects.update(generation="published-elsewhere")
    assert client.get("/en/contact/")["X-Cache"] == "HIT"  # still trusted
    page_cache.worker_copy.read_at -= 60  # a minute later
    assert client.get("/en/contact/")["X-Cache"] == "MISS"


def test_reading_the_generation_costs_one_query_a_second_at_most(
    client, site_tree, django_assert_num_queries
):
    client.get("/en/contact/")
    with django_assert_num_queries(0):
        assert client.get("/en/contact/")["X-Cache"] == "HIT"
    page_cache.worker_copy.read_at -= 60
    with django_assert_num_queries(1):
        assert client.get("/en/contact/")["X-Cache"] == "HIT"


def test_while_the_database_is_down_the_last_generation_read_is_kept(
    client, site_tree, monkeypatch
):
    client.raise_request_exception = False
    client.get("/en/contact/")
    with database_down(monkeypatch):
        page_cache.worker_copy.read_at -= 60  # time to read it again: it fails
        response = client.get("/en/contact/")
    assert response["X-Cache"] == "HIT"
