"""Visitors follow campaigns and cases by Atom feed, in their language."""

import feedparser
import pytest


def parse(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


@pytest.mark.parametrize("language", ["en", "zh-hant", "ja", "ko"])
def test_campaign_feed_is_in_the_visitors_language(client, cases, language):
    feed = parse(client, f"/{language}/campaigns/feed/")

    assert feed.feed.language == language
    assert len(feed.entries) == 6
    suffix = "" if language == "en" else f" [{language}]"
    assert feed.entries[0].title == f"Example severance case{suffix}"
    for entry in feed.entries:
        assert entry.link.startswith(f"http://testserver/{language}/campaigns/")


def test_feed_follows_the_listing_filters(client, cases):
    feed = parse(client, "/en/campaigns/feed/?kind=campaign&brand=bluecrest")
    assert {entry.title for entry in feed.entries} == {
        "Example wage",
        "Example transparency",
    }


def test_filtered_listing_links_its_filtered_feed(client, cases):
    html = client.get("/en/campaigns/?status=won").content.decode()
    assert (
        'type="application/atom+xml" title="Campaigns" href="/en/campaigns/feed/?status=won"'
        in html
    )


def test_bad_feed_filter_is_a_404(client, cases):
    assert client.get("/en/campaigns/feed/?kind=nonsense").status_code == 404


def test_case_updates_feed(client, site_tree):
    feed = parse(client, "/ja/campaigns/example-severance-case/feed/")

    assert feed.feed.title == "Example severance case [ja]"
    assert feed.feed.language == "ja"
    assert [entry.title for entry in feed.entries] == ["Brands respond [ja]"]
    entry = feed.entries[0]
    assert entry.link.startswith(
        "http://testserver/ja/campaigns/example-severance-case/#update-"
    )
    assert entry.published.startswith("2026-04-15")
