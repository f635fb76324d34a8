"""A page render asks the shared cache (Redis in production) only for what
it must: each round trip costs about as much as a small query.

With the page cache off, rendering a page again within the second in which
the worker read the content generation asks the cache nothing: the sites'
root paths, which every link needs,
are kept per generation in the worker (cccea_site.serving.site_root_paths),
not fetched once per page object.
"""

from collections import Counter
from unittest import mock

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation

from cccea_site.serving.page_cache import invalidate_all_pages

READS = ("get", "get_many", "has_key")


def cache_reads(client, path):
    reads = Counter()
    originals = {name: getattr(cache, name) for name in READS}

    def counting(name):
        def read(*args, **kwargs):
            reads[name] += 1
            return originals[name](*args, **kwargs)

        return read

    with mock.patch.multiple(cache, **{name: counting(name) for name in READS}):
        assert client.get(path).status_code == 200
    return sum(reads.values())


# As in production: a worker rereads the generation at most once a second
# (the tests' default rereads it on every use, so that edits show at once).
@override_settings(PAGE_CACHE_ENABLED=False, PAGE_CACHE_GENERATION_SECONDS=60)
@pytest.mark.parametrize("path", ["/en/", "/ja/about/", "/ko/global-network/"])
def test_a_render_does_not_go_back_to_the_shared_cache(client, site_tree, path):
    client.get(path)  # the worker keeps what it needs for this generation
    assert cache_reads(client, path) == 0


@override_settings(PAGE_CACHE_ENABLED=False)
def test_links_follow_a_site_moved_to_a_new_root_at_once(client, site_tree):
    client.get("/en/")
    with translation.override("en"):
        site = site_tree.home.get_site()
        site.hostname = "testserver"
        site.save()
    invalidate_all_pages()  # what any publish does too
    assert 'href="/en/about/"' in client.get("/en/").content.decode()
