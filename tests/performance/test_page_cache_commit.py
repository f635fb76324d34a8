"""The page cache drops what was rendered before an edit was committed.

A transactional test, in a module of its own: it empties every table when it
ends, so it must run after the other tests of its worker (pytest-django puts
transactional tests last, and pytest-xdist's --dist loadfile keeps a module's
tests together); serialized_rollback reloads the migrations' rows (the tree
root, locales, groups) when it starts.
"""

import pytest
from django.core.cache import cache
from django.test import override_settings

from cccea_site.serving import page_cache


@pytest.fixture(autouse=True)
def page_cache_on():
    with override_settings(PAGE_CACHE_ENABLED=True):
        yield


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_page_rendered_before_a_bulk_unpublish_commits_is_not_kept(client, site_tree):
    """Invalidation waits for the commit, not only for the signal.

    Another worker that renders while the unpublish is still uncommitted
    reads the page as live and stores it under the generation the signal
    started. After the commit, that copy must not be served.
    """
    from django.db import transaction
    from wagtail.signals import page_unpublished

    assert client.get("/en/contact/")["X-Cache"] == "MISS"
    key = next(iter(page_cache.worker_copy.pages))
    live_copy = cache.get(key)

    def another_worker_renders(**kwargs):
        # What that worker stores: the live page, under the new generation.
        page_cache.store(key, (page_cache.current_generation(), *live_copy[1:]))

    page_unpublished.connect(another_worker_renders)
    try:
        with transaction.atomic():
            site_tree.standard.unpublish()
            site_tree.about.unpublish()
    finally:
        page_unpublished.disconnect(another_worker_renders)

    response = client.get("/en/contact/")
    assert response.status_code == 404
    assert response["X-Cache"] != "HIT"
