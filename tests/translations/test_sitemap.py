"""Search engines find every live page in every language, and its alternates."""

import datetime

from defusedxml import ElementTree as ET
from wagtail.models import Page

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
LANGUAGES = ["en", "zh-hant", "ja", "ko"]


def xml(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def sitemap(client):
    """The one section of the sitemap a small site has, found from the index."""
    sections = [
        loc.text for loc in xml(client, "/sitemap.xml").findall("sm:sitemap/sm:loc", NS)
    ]
    assert sections == ["http://testserver/sitemap-pages-1.xml"]
    return xml(client, sections[0])


def test_every_live_page_in_every_language(client, site_tree):
    root = sitemap(client)
    locations = [
        url.findtext("sm:loc", namespaces=NS) for url in root.findall("sm:url", NS)
    ]

    live_pages = (
        Page.objects.live().descendant_of(site_tree.home, inclusive=True).count()
    )
    assert len(locations) == live_pages * len(LANGUAGES)
    for language in LANGUAGES:
        assert f"http://testserver/{language}/about/vision/" in locations
        assert (
            f"http://testserver/{language}/campaigns/example-severance-case/"
            in locations
        )


def test_each_entry_lists_the_four_languages_and_x_default(client, site_tree):
    for url in sitemap(client).findall("sm:url", NS):
        links = {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link", NS)
        }
        assert set(links) == {*LANGUAGES, "x-default"}
        assert all(
            link.get("rel") == "alternate" for link in url.findall("xhtml:link", NS)
        )


def test_published_pages_carry_their_publication_date(client, site_tree):
    """The date is the site's own (Hong Kong) calendar day, not UTC's: at
    20:00 UTC it is already the next day in Hong Kong."""
    site_tree.vision.save_revision().publish()
    evening_in_utc = datetime.datetime(2026, 11, 27, 20, 0, tzinfo=datetime.UTC)
    Page.objects.filter(pk=site_tree.vision.pk).update(last_published_at=evening_in_utc)
    dates = [
        url.findtext("sm:lastmod", namespaces=NS)
        for url in sitemap(client).findall("sm:url", NS)
        if url.findtext("sm:loc", namespaces=NS).endswith("/about/vision/")
    ]
    assert dates == ["2026-11-28"] * 4


def test_translated_slugs_appear_in_their_language(client, site_tree):
    site_tree.about.slug_ja = "watashitachi"
    site_tree.about.save_revision().publish()

    locations = {
        url.findtext("sm:loc", namespaces=NS)
        for url in sitemap(client).findall("sm:url", NS)
    }

    assert "http://testserver/ja/watashitachi/vision/" in locations
    assert "http://testserver/ko/about/vision/" in locations


def test_drafts_are_left_out(client, site_tree):
    site_tree.vision.unpublish()
    text = client.get("/sitemap-pages-1.xml").content.decode()
    assert "/about/vision/" not in text


def test_robots_txt_names_the_sitemap(client, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain"
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()
