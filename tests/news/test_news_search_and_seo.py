"""News and publications are found by search in every language, listed in
the sitemap with their alternates, and previewed by link with their picture."""

import re

import pytest
from defusedxml import ElementTree as ET

from tests.search.test_search import result_titles, search

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


@pytest.fixture
def cjk_news(site_tree):
    page = site_tree.news
    page.summary_zh_hant = "工廠工人的工資被拖欠。"
    page.summary_ja = "工場の労働者の賃金が未払いです。"
    page.summary_ko = "공장 노동자들의 임금이 체불되었습니다."
    page.save_revision().publish()
    report = site_tree.publication
    report.summary_ja = "生活賃金についての報告書。"
    report.save_revision().publish()
    return site_tree


@pytest.mark.parametrize(
    ("language", "query", "title"),
    [
        ("zh-hant", "工資", "Example statement [zh-hant]"),
        ("ja", "賃金", "Example statement [ja]"),
        ("ko", "노동자들의", "Example statement [ko]"),
        ("ja", "生活賃金", "Example report [ja]"),
        ("en", "News body", "Example statement"),
    ],
)
def test_news_and_publications_are_found_in_every_language(
    client, cjk_news, language, query, title
):
    assert title in result_titles(search(client, query, language=language))


def test_each_has_its_own_result_type(client, site_tree):
    news = result_titles(search(client, "example", type="news"))
    publications = result_titles(search(client, "example", type="publication"))
    assert news == ["Example statement"]
    assert publications == ["Example report"]
    html = search(client, "example").content.decode()
    assert 'value="news"' in html and 'value="publication"' in html


def test_the_sitemap_lists_them_with_hreflang_alternates(client, site_tree):
    root = ET.fromstring(client.get("/sitemap-pages-1.xml").content)
    for path in ("news/example-statement/", "publications/example-report/"):
        entry = next(
            url
            for url in root.findall("sm:url", NS)
            if url.findtext("sm:loc", namespaces=NS) == f"http://testserver/ko/{path}"
        )
        languages = {link.get("hreflang") for link in entry.findall("xhtml:link", NS)}
        assert languages == {"en", "zh-hant", "ja", "ko", "x-default"}


@pytest.mark.parametrize(
    "path", ["/ko/news/example-statement/", "/ko/publications/example-report/"]
)
def test_open_graph_and_canonical(client, site_tree, path):
    html = client.get(path).content.decode()
    assert f'<link rel="canonical" href="http://testserver{path}">' in html
    assert re.search(r'<meta property="og:title" content="Example \w+ \[ko\]">', html)
    assert '<meta name="description" content="' in html
    assert '<link rel="alternate" hreflang="ja"' in html
