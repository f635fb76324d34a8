"""News and publications: what visitors see on the pages, in their language,
and where the site links them from."""

import datetime
import re

import pytest
from django.utils import translation
from wagtail.rich_text import RichText

from news.factories import (
    DocumentFactory,
    NewsPageFactory,
    TopicFactory,
)
from news.models import NewsPage


def html_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def test_a_news_page_shows_its_text_facts_and_cases_in_the_visitors_language(
    client, site_tree
):
    html = html_of(client, site_tree.news.get_url().replace("/en/", "/ja/"))
    assert "News summary [ja]" in html
    assert "News body [ja]" in html
    assert "Living wage [ja]" in html
    assert "Example union (fictional) [ja]".lower() in html.lower()
    assert "Example severance case [ja]" in html
    assert "Northwind (fictional) [ja]" in html


def test_a_missing_translation_of_the_body_falls_back_to_english_marked_so(
    client, site_tree
):
    page = site_tree.news
    page.body_ja = []
    page.save()
    html = html_of(client, "/ja/news/example-statement/")
    assert re.search(r'<div class="section prose" lang="en">.*News body \[en\]', html)
    assert 'class="fallback-notice"' in html


def test_a_news_body_has_quotes_and_images_with_caption_and_credit(client, site_tree):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(
        title="Picture", file=get_test_image_file()
    )
    page = site_tree.news
    page.body_en = [
        ("text", RichText("<h2>Background</h2><ul><li>One</li></ul>")),
        ("quote", {"text": "Pay us what we earned.", "attribution": "A worker"}),
        (
            "image",
            {
                "image": image,
                "alt_text": "Workers",
                "caption": "The gate",
                "credit": "CCCEA",
            },
        ),
    ]
    page.save()
    html = html_of(client, "/en/news/example-statement/")
    assert "<blockquote" in html and "Pay us what we earned." in html
    assert "<figcaption" in html and "The gate" in html and "CCCEA" in html
    assert 'alt="Workers"' in html


def test_a_publication_offers_the_visitors_language_and_names_missing_ones(
    client, site_tree
):
    page = site_tree.publication
    page.document_ko = DocumentFactory(title="보고서")
    page.save()
    html = html_of(client, "/ja/publications/example-report/")
    assert "日本語" in html  # "not yet available in 日本語"
    assert re.search(r'hreflang="en"[^>]*><span lang="en">English</span>', html)
    assert re.search(r'hreflang="ko"[^>]*><span lang="ko">한국어</span>', html)
    assert "(PDF, " in html
    english = html_of(client, "/en/publications/example-report/")
    assert 'class="button"' in english  # the visitor's own language first
    assert '<span lang="zh-hant">繁體中文</span>' in english


def test_a_case_page_shows_the_latest_news_on_it(client, site_tree):
    html = html_of(client, site_tree.case.get_url())
    assert "Latest on this case" in html
    assert "Example statement" in html


def test_draft_news_is_not_shown_on_the_case(client, site_tree):
    NewsPage.objects.filter(pk=site_tree.news.pk).update(live=False)
    html = html_of(client, site_tree.case.get_url())
    assert "Latest on this case" not in html


def test_a_member_organisation_lists_its_publications(client, site_tree):
    html = html_of(client, site_tree.member.get_url())
    assert "Publications by this organisation" in html
    assert "Example report" in html


def test_the_home_page_shows_latest_news_and_links_both_sections(client, site_tree):
    html = html_of(client, "/en/")
    assert "Example statement" in html
    assert 'href="/en/news/"' in html
    assert 'href="/en/publications/"' in html


def test_the_tree_keeps_its_shape(site_tree):
    from news.models import NewsIndexPage, PublicationPage

    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
    assert not PublicationPage.allowed_subpage_models()
    assert NewsIndexPage in type(site_tree.home).allowed_subpage_models()


@pytest.fixture
def many_news(site_tree):
    with translation.override("en"):
        topic = TopicFactory(slug="wage-theft", name="Wage theft")
        for number in range(14):
            NewsPageFactory(
                parent=site_tree.news_index,
                title=f"News {number}",
                kind=NewsPage.Kind.NEWS if number % 2 else NewsPage.Kind.PRESS_RELEASE,
                date=datetime.date(2024 + number % 3, 1, 1 + number),
                topics=[topic] if number < 4 else [],
            )


def test_the_news_list_is_newest_first_twelve_a_page(client, many_news):
    html = html_of(client, "/en/news/")
    assert "15 items" in html
    dates = re.findall(r'<time datetime="(\d{4}-\d\d-\d\d)"', html)
    assert len(dates) == 12
    assert dates == sorted(dates, reverse=True)
    assert len(re.findall(r"<time datetime=", html_of(client, "/en/news/?page=2"))) == 3


@pytest.mark.parametrize(
    ("query", "total"),
    [
        ("kind=press_release", 7),
        ("kind=statement", 1),
        ("topic=wage-theft", 4),
        ("topic=living-wage", 1),
        ("year=2024", 5),
        ("kind=news&year=2025", 3),
    ],
)
def test_the_news_list_filters_with_counts(client, many_news, query, total):
    html = html_of(client, f"/en/news/?{query}")
    assert f"{total} item" in html


def test_filter_counts_are_given_the_other_filters(client, many_news):
    html = html_of(client, "/en/news/?topic=wage-theft")
    assert re.search(r"Press release <span class=\"facet__count\">\(2\)", html)


@pytest.mark.parametrize(
    "query", ["kind=nonsense", "topic=no-such-topic", "year=abc", "year=1"]
)
def test_a_bad_filter_gets_a_400_page(client, site_tree, query):
    response = client.get(f"/ja/news/?{query}")
    assert response.status_code == 400
    assert "このフィルター" in response.content.decode() or response.content


@pytest.mark.parametrize("path", ["/en/news/?page=9", "/en/publications/?page=x"])
def test_a_missing_page_number_is_a_404(client, site_tree, path):
    assert client.get(path).status_code == 404


def test_the_feeds_follow_the_filters_and_are_linked_in_the_head(client, many_news):
    html = html_of(client, "/ja/news/?kind=press_release")
    assert (
        '<link rel="alternate" type="application/atom+xml" title="News [ja]" '
        'href="/ja/news/feed/?kind=press_release">'
    ) in html
    feed = client.get("/ja/news/feed/?kind=press_release")
    assert feed.status_code == 200
    assert feed["Content-Type"].startswith("application/atom+xml")
    assert feed.content.decode().count("<entry>") == 7
    assert client.get("/en/news/feed/?kind=nonsense").status_code == 404
    publications = client.get("/en/publications/feed/")
    assert publications.content.decode().count("<entry>") == 1


@pytest.mark.parametrize(
    "path",
    [
        "/ja/news/",
        "/ja/news/?topic=living-wage",
        "/ja/news/example-statement/",
        "/ja/news/feed/",
        "/ja/publications/",
        "/ja/publications/example-report/",
        "/ja/publications/feed/",
    ],
)
def test_news_pages_are_served_from_the_page_cache(client, site_tree, path):
    from django.test import override_settings

    with override_settings(PAGE_CACHE_ENABLED=True):
        first, second = client.get(path), client.get(path)
    assert first.status_code == second.status_code == 200
    assert first["X-Cache"] == "MISS"
    assert second["X-Cache"] == "HIT"
