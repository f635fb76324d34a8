"""/sitemap.xml is an index of sections, each under the protocol's URL limit
counting every language and alternate, kept per content generation."""

import gzip

import pytest
from defusedxml import ElementTree as ET
from django.core.cache import cache

from cccea_site.factories import StandardPageFactory, site_with_home

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
# One page in four languages, each entry naming four languages and
# x-default: 4 × (1 + 5) = 24 URLs. Two pages fit in 48.
TWO_PAGES = 48


@pytest.fixture
def three_pages(db, settings):
    """A home page and two pages under it: two sections at two pages each."""
    settings.SITEMAP_URLS_PER_SECTION = TWO_PAGES
    home = site_with_home()
    first = StandardPageFactory(parent=home, slug="first")
    second = StandardPageFactory(parent=home, slug="second")
    return home, first, second


def get_xml(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    return response, ET.fromstring(response.content)


def section_urls(client):
    _response, index = get_xml(client, "/sitemap.xml")
    return [loc.text for loc in index.findall("sm:sitemap/sm:loc", NS)]


def locations(client, url):
    _response, root = get_xml(client, url)
    return [loc.text for loc in root.findall("sm:url/sm:loc", NS)]


def counted_urls(content):
    """Every URL a section names: its <loc>s and hreflang alternates."""
    text = content.decode()
    return text.count("<loc>") + text.count("<xhtml:link")


def test_three_pages_make_two_sections(client, three_pages):
    assert section_urls(client) == [
        "http://testserver/sitemap-pages-1.xml",
        "http://testserver/sitemap-pages-2.xml",
    ]
    first = locations(client, "/sitemap-pages-1.xml")
    second = locations(client, "/sitemap-pages-2.xml")
    assert len(first) == 2 * 4 and len(second) == 4
    assert "http://testserver/ja/first/" in first
    assert second == [
        f"http://testserver/{lang}/second/" for lang in ("en", "zh-hant", "ja", "ko")
    ]
    for url in ("/sitemap-pages-1.xml", "/sitemap-pages-2.xml"):
        assert counted_urls(client.get(url).content) <= TWO_PAGES


def test_a_page_past_the_last_section_is_not_found(client, three_pages):
    assert client.get("/sitemap-pages-3.xml").status_code == 404
    assert client.get("/sitemap-pages-0.xml").status_code == 404
    assert client.get("/sitemap-pages-01.xml").status_code == 404


def test_the_default_limit_keeps_a_section_under_the_protocols(settings):
    from cccea_site.seo.sitemaps import pages_per_section, urls_per_page

    assert settings.SITEMAP_URLS_PER_SECTION == 50000
    assert urls_per_page() == 24
    assert pages_per_section() * urls_per_page() <= 50000


def test_robots_txt_names_the_index(client, three_pages):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_index_and_sections_are_kept_until_the_next_generation(
    client, three_pages, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_ENABLED = True
    home, first, _second = three_pages
    for url in ("/sitemap.xml", "/sitemap-pages-1.xml"):
        assert client.get(url)["X-Cache"] == "MISS"
        with django_assert_num_queries(0):
            response = client.get(url)
        assert response["X-Cache"] == "HIT"
        assert "public" in response["Cache-Control"]
        assert response["X-Robots-Tag"].startswith("noindex")

    first.unpublish()  # a new generation

    response = client.get("/sitemap-pages-1.xml")
    assert response["X-Cache"] == "MISS"
    assert b"/first/" not in response.content
    assert section_urls(client) == ["http://testserver/sitemap-pages-1.xml"]


def test_each_host_gets_its_own_addresses(client, three_pages, settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    client.get("/sitemap.xml")
    other = client.get("/sitemap.xml", HTTP_HOST="other.example").content.decode()
    assert "http://other.example/sitemap-pages-1.xml" in other


def test_head_answers_like_get(client, three_pages):
    for url in ("/sitemap.xml", "/sitemap-pages-2.xml"):
        got, head = client.get(url), client.head(url)
        assert head.status_code == got.status_code == 200
        assert head["Content-Type"] == got["Content-Type"]
        assert head.content == b""
    assert client.post("/sitemap.xml").status_code == 405
    cache.clear()


def test_sections_travel_compressed_to_crawlers_that_accept_it(client, three_pages):
    """A section at 10,000 cases is about 6 MB of XML, 0.3 MB gzipped."""
    for url in [*section_urls(client), "http://testserver/sitemap.xml"]:
        path = url.removeprefix("http://testserver")
        plain = client.get(path)
        packed = client.get(path, headers={"accept-encoding": "gzip"})

        assert packed["Content-Encoding"] == "gzip", path
        assert "Accept-Encoding" in packed["Vary"]
        assert gzip.decompress(packed.content) == plain.content
