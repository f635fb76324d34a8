"""Visitors search in any language, Chinese, Japanese and Korean included."""

import re
from unittest import mock

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation
from wagtail.search.backends.base import BaseSearchBackend

from campaigns.factories import CampaignPageFactory
from cccea_site.search.text import index_pieces, query_terms

# Site, query hit counting (3), promotions, search, the results' specific
# pages (one query per page type found: for "example", cases, organisations,
# news and publications), menu, footer and settings.
QUERIES_PER_SEARCH = 10


def result_titles(response):
    html = response.content.decode()
    return re.findall(
        r'<h2 class="search-results__title"><a href="[^"]+"[^>]*>([^<]+)</a>', html
    )


def search(client, query, language="en", **params):
    return client.get(f"/{language}/search/", {"q": query, **params})


@pytest.fixture
def cjk_pages(site_tree):
    site_tree.vision.statement_zh_hant = "<p>所有工人都享有勞工權益。</p>"
    site_tree.vision.statement_ja = "<p>すべての労働者の権利を守ります。</p>"
    site_tree.vision.statement_ko = "<p>모든 노동자의 권리를 지킵니다.</p>"
    site_tree.vision.save_revision().publish()
    return site_tree


def test_pieces_split_cjk_runs_and_keep_words():
    assert query_terms("勞工權益") == ["勞工", "工權", "權益"]
    assert query_terms("Uniqlo 工人") == ["工人", "Uniqlo"]
    assert query_terms("工") == ["工"]
    pieces = index_pieces("<p>노동자 권리 Living wage</p>")
    assert {"노동", "동자", "노동자", "권리", "Living", "wage"} <= set(pieces)


@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("zh-hant", "勞工"),
        ("zh-hant", "權益"),
        ("ja", "労働"),
        ("ja", "権利"),
        ("ko", "노동"),
        ("ko", "권리"),
        ("ko", "노동자"),
    ],
)
def test_two_character_words_find_their_page(client, cjk_pages, language, query):
    titles = result_titles(search(client, query, language))
    assert titles and titles[0] == f"Vision [{language}]"


def test_a_string_that_is_not_there_finds_nothing(client, cjk_pages):
    response = search(client, "劳动节快乐")
    assert response.status_code == 200
    assert result_titles(response) == []
    assert "0 results" in response.content.decode()


def test_single_character_and_mixed_queries(client, cjk_pages):
    assert "Vision [zh-hant]" in result_titles(search(client, "勞", "zh-hant"))
    assert result_titles(search(client, "Vision 勞工", "zh-hant")) == [
        "Vision [zh-hant]"
    ]


@pytest.mark.parametrize(
    "alias", ["Northwind", "ノースウィンド", "北風服飾", "노스윈드"]
)
def test_any_alias_of_a_brand_finds_its_cases(client, site_tree, alias):
    brand = site_tree.case.brands.get()
    brand.aliases = "Northwind\nノースウィンド\n北風服飾\n노스윈드"
    brand.save()
    site_tree.case.save_revision().publish()  # reindex the case with its brand

    assert result_titles(search(client, alias)) == ["Example severance case"]


def test_title_matches_rank_first(client, site_tree):
    site_tree.about.who_we_are_en = "<p>We campaign for solidarity everywhere.</p>"
    site_tree.about.save_revision().publish()
    CampaignPageFactory(
        parent=site_tree.campaigns, title="Solidarity now", slug="solidarity-now"
    )

    titles = result_titles(search(client, "solidarity"))

    assert titles[0] == "Solidarity now"
    assert "About us" in titles


def test_results_are_highlighted_and_escaped(client, site_tree):
    site_tree.standard.body_en = (
        "<p>Write to us: &lt;b&gt;bold&lt;/b&gt; contact details.</p>"
    )
    site_tree.standard.save_revision().publish()

    html = search(client, "contact").content.decode()

    assert "<mark>Contact</mark>" in html or "<mark>contact</mark>" in html
    assert "&lt;b&gt;bold" in html


def test_filter_by_type(client, site_tree):
    assert result_titles(search(client, "example", type="urgent_appeal")) == [
        "Example severance case"
    ]
    assert "Example severance case" not in result_titles(
        search(client, "example", type="organisation")
    )


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("a" * 201, 400),
        ('"unbalanced', 200),
        ("'); DROP TABLE wagtailcore_page; --", 200),
        ("<script>alert(1)</script>", 200),
        ("\x00\x07\x1b[31m", 200),
        ("AND OR NOT * ( )", 200),
        ("%", 200),
    ],
)
def test_bad_queries_get_a_normal_page_or_a_clear_message(
    client, site_tree, query, status
):
    response = search(client, query)
    assert response.status_code == status
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_bad_type_and_page_number(client, site_tree):
    assert search(client, "example", type="nonsense").status_code == 400
    assert search(client, "example", page="999").status_code == 404
    assert search(client, "example", page="abc").status_code == 404


def test_empty_query_shows_the_form_and_a_hint(client, site_tree):
    html = client.get("/ko/search/").content.decode()
    assert 'role="search"' in html and '<html lang="ko">' in html
    assert "search-results" not in html


def test_search_is_never_cached_or_indexed(client, site_tree):
    with override_settings(PAGE_CACHE_ENABLED=True):
        first = search(client, "vision")
        second = search(client, "mission")
    assert "no-store" in second["Cache-Control"]
    assert second.get("X-Cache") != "HIT"
    assert result_titles(first) != result_titles(second)
    assert '<meta name="robots" content="noindex">' in second.content.decode()


def test_publish_and_unpublish_update_the_results(client, site_tree):
    page = CampaignPageFactory(
        parent=site_tree.campaigns, title="Fresh appeal", slug="fresh"
    )
    page.save_revision().publish()
    assert result_titles(search(client, "fresh")) == ["Fresh appeal"]

    page.unpublish()
    assert result_titles(search(client, "fresh")) == []


def test_every_page_links_the_search(client, site_tree):
    html = client.get("/ja/about/").content.decode()
    assert (
        '<form class="site-search" role="search" method="get" action="/ja/search/">'
        in html
    )


def test_query_count_is_fixed(client, cjk_pages, django_assert_num_queries):
    search(client, "example")  # warm the site-root cache
    with django_assert_num_queries(QUERIES_PER_SEARCH):
        search(client, "EXAMPLE")  # a new search (the same results)
    with django_assert_num_queries(QUERIES_PER_SEARCH - 1):
        search(client, "example")  # answered in this generation: no full-text query


@override_settings(PAGE_CACHE_GENERATION_SECONDS=60)
def test_a_repeated_search_is_answered_from_the_generations_results(client, cjk_pages):
    first = search(client, "勞工", "zh-hant").content.decode()
    with mock.patch.object(BaseSearchBackend, "search", side_effect=AssertionError):
        again = search(client, "勞工", "zh-hant").content.decode()
    assert results_of(again) == results_of(first) != []


def test_an_edit_drops_the_kept_results(client, site_tree):
    assert "Only after" not in search(client, "wages").content.decode()
    with translation.override("en"):
        site_tree.about.title_en = site_tree.about.title = "Wages, only after the edit"
        site_tree.about.save_revision().publish()
    assert "Wages, only after the edit" in search(client, "wages").content.decode()


def test_no_search_word_reaches_a_cache_key(client, cjk_pages):
    keys = []
    real_set = cache.set

    def remember(key, *args, **kwargs):
        keys.append(key)
        return real_set(key, *args, **kwargs)

    with mock.patch.object(cache, "set", side_effect=remember):
        search(client, "Northwind 勞工")
    assert keys
    assert not [key for key in keys if "Northwind" in key or "勞工" in key]


def results_of(html):
    return re.findall(r'<h2 class="search-results__title"[^>]*>.*?</h2>', html, re.S)


def test_editors_promote_a_page_for_a_query(client, site_tree):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    SearchPromotion.objects.create(
        query=Query.get("wages"), page=site_tree.case, description="Our main case"
    )

    html = search(client, "wages", "ja").content.decode()

    assert "Example severance case [ja]" in html
    assert "Our main case" in html


def test_queries_are_counted_for_the_admin(client, site_tree):
    from wagtail.contrib.search_promotions.models import Query

    search(client, "living wage")
    search(client, "Living  Wage")

    assert Query.get("living wage").hits == 2


def test_admin_reports_what_people_search_for(client, site_tree, django_user_model):
    from django.urls import reverse

    search(client, "勞工")
    admin = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(admin)

    html = client.get(reverse("wagtailsearchpromotions:search_terms")).content.decode()

    assert "勞工" in html
