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


ATOM = "{http://www.w3.org/2005/Atom}"


def is_absolute_iri(value):
    return bool(value) and (value.startswith(("http://", "https://", "tag:")))


def assert_valid_atom(body):
    """The elements RFC 4287 requires of a feed and of each entry (4.1.1,
    4.1.2): absolute ids, titles, updated dates, an author for every entry
    (here, the feed's), a self link and an alternate link per entry."""
    from xml.etree import ElementTree

    feed = ElementTree.fromstring(body)  # noqa: S314 (the site's own feed)
    assert feed.tag == f"{ATOM}feed"
    assert is_absolute_iri(feed.findtext(f"{ATOM}id"))
    assert feed.findtext(f"{ATOM}title")
    assert feed.findtext(f"{ATOM}updated")
    assert feed.find(f"{ATOM}author/{ATOM}name") is not None
    self_links = [
        link.get("href")
        for link in feed.findall(f"{ATOM}link")
        if link.get("rel") == "self"
    ]
    assert len(self_links) == 1 and is_absolute_iri(self_links[0])
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        assert is_absolute_iri(entry.findtext(f"{ATOM}id")), entry.findtext(f"{ATOM}id")
        assert entry.findtext(f"{ATOM}title")
        assert entry.findtext(f"{ATOM}updated"), "an entry without <updated>"
        assert any(
            link.get("rel") in (None, "alternate") and is_absolute_iri(link.get("href"))
            for link in entry.findall(f"{ATOM}link")
        )


@pytest.mark.parametrize("language", ["en", "zh-hant", "ja", "ko"])
@pytest.mark.parametrize(
    "path",
    [
        "campaigns/feed/",
        "campaigns/feed/?kind=urgent_appeal",
        "campaigns/example-severance-case/feed/",
    ],
)
def test_every_feed_is_valid_atom(client, cases, language, path):
    response = client.get(f"/{language}/{path}")
    assert response.status_code == 200
    assert_valid_atom(response.content)
