"""A feed's links come from the listing it belongs to, never from the request.

Feeds are page-cached, keyed on the listing's filter parameters only
(page_cache.KEYED_PARAMETERS): a self link copied from the request's full
address would carry whatever else a first visitor added (?next=//evil...)
to everyone the cached feed is served to.
"""

import feedparser
import pytest

POISON = "utm=x&next=//evil.example"


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def self_link(feed):
    return next(link.href for link in feed.feed.links if link.rel == "self")


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.mark.parametrize(
    ("path", "expected_self_link"),
    [
        ("/en/campaigns/feed/", "http://testserver/en/campaigns/feed/"),
        (
            "/ja/campaigns/feed/?country=KH&kind=urgent_appeal",
            "http://testserver/ja/campaigns/feed/?kind=urgent_appeal&country=KH",
        ),
        (
            "/en/campaigns/example-severance-case/feed/",
            "http://testserver/en/campaigns/example-severance-case/feed/",
        ),
    ],
)
def test_a_poisoned_request_leaves_no_trace_in_the_cached_feed(
    client, site_tree, page_cache_on, path, expected_self_link
):
    separator = "&" if "?" in path else "?"
    poisoned = client.get(f"{path}{separator}{POISON}")
    assert poisoned["X-Cache"] == "MISS"
    clean = client.get(path)
    assert clean["X-Cache"] == "HIT"  # the same key: what the first one stored

    for response in (poisoned, clean):
        body = response.content.decode()
        assert "evil.example" not in body
        assert "utm" not in body
        assert self_link(parse(response)) == expected_self_link
