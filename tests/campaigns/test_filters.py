"""Visitors filter the case list by kind, status, country, brand and year."""

import re

import pytest

PATH = "/en/campaigns/"


def titles(response):
    html = response.content.decode()
    return set(re.findall(r'class="card__link" href="[^"]+">([^<]+)</a>', html))


def count_for(html, label):
    match = re.search(
        rf"{re.escape(label)} <span class=\"facet__count\">\((\d+)\)", html
    )
    return int(match.group(1)) if match else None


def test_no_filter_lists_every_live_case(client, cases):
    response = client.get(PATH)
    assert response.status_code == 200
    assert len(titles(response)) == 6
    assert "6 campaigns and cases" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=campaign", {"Example wage", "Example transparency"}),
        ("status=won", {"Example bd-won", "Example transparency"}),
        ("country=KH", {"Example severance case", "Example wage"}),
        ("country=kh", {"Example severance case", "Example wage"}),
        ("brand=bluecrest", {"Example bd-won", "Example wage", "Example transparency"}),
        ("year=2023", {"Example transparency", "Example vn-closed"}),
    ],
)
def test_each_filter_alone(client, cases, query, expected):
    assert titles(client.get(f"{PATH}?{query}")) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=urgent_appeal&status=active", {"Example severance case"}),
        ("country=BD&brand=bluecrest", {"Example bd-won", "Example wage"}),
        (
            "kind=campaign&status=won&country=TW&brand=bluecrest&year=2023",
            {"Example transparency"},
        ),
        ("kind=campaign&year=2026", set()),
    ],
)
def test_filters_combine(client, cases, query, expected):
    response = client.get(f"{PATH}?{query}")
    assert response.status_code == 200
    assert titles(response) == expected


def test_counts_per_value_respect_the_other_filters(client, cases):
    html = client.get(f"{PATH}?kind=urgent_appeal").content.decode()

    assert count_for(html, "Won") == 1  # bd-won only; transparency is a campaign
    assert count_for(html, "Active") == 1
    assert count_for(html, "Campaign") == 2  # its own facet ignores kind=
    assert count_for(html, "Urgent appeal") == 4


def test_filter_links_are_shareable_urls(client, cases):
    html = client.get(f"{PATH}?kind=campaign").content.decode()
    assert 'href="?kind=campaign&amp;status=won"' in html
    assert 'href="?kind=campaign&amp;country=TW"' in html


def test_selected_value_is_marked(client, cases):
    html = client.get(f"{PATH}?status=won").content.decode()
    assert 'aria-current="true">Won <span class="facet__count">' in html


def test_counts_in_japanese(client, cases):
    html = client.get("/ja/campaigns/?country=KH").content.decode()
    assert "カンボジア" in html


def country_labels(html):
    facet = html.split('id="facet-country"')[1].split("</section>")[0]
    return re.findall(r'class="facet__link"[^>]*>([^<]+) <span', facet)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Bangladesh", "Cambodia", "Myanmar", "Taiwan", "Vietnam"]),
        # By stroke count: 台 5, 孟 8, 柬 9, 越 12, 緬 15 (by code point 緬 is
        # before 越).
        ("zh-hant", ["台灣", "孟加拉", "柬埔寨", "越南", "緬甸"]),
        ("ja", ["カンボジア", "バングラデシュ", "ベトナム", "ミャンマー", "台湾"]),
        ("ko", ["대만", "미얀마", "방글라데시", "베트남", "캄보디아"]),
    ],
)
def test_country_names_in_each_languages_order(client, cases, language, expected):
    html = client.get(f"/{language}/campaigns/").content.decode()
    assert country_labels(html) == expected


@pytest.mark.parametrize(
    "query",
    [
        "kind=petition",
        "status=lost",
        "country=XX",
        "country=<script>",
        "brand=no-such-brand",
        "brand=%00",
        "year=abc",
        "year=99999999999999999999",
        "year=1066",
    ],
)
def test_bad_filter_value_gets_a_clear_message(client, cases, query):
    response = client.get(f"{PATH}?{query}")

    assert response.status_code == 400
    html = response.content.decode()
    assert "This filter is not valid" in html
    assert 'role="alert"' in html
    assert "<script>" not in html.split("<body", 1)[1].replace('<script src="', "")


def test_bad_filter_message_is_in_the_visitors_language(client, cases):
    response = client.get("/ko/campaigns/?kind=petition")
    assert response.status_code == 400
    assert '<html lang="ko">' in response.content.decode()


@pytest.mark.parametrize("page", ["2", "0", "-1", "abc", "1.5", "999"])
def test_bad_page_number_is_a_404(client, cases, page):
    response = client.get(f"{PATH}?page={page}")
    assert response.status_code == 404


def test_pagination_keeps_the_filters(client, site_tree):
    from campaigns.factories import CampaignPageFactory

    for number in range(13):
        CampaignPageFactory(parent=site_tree.campaigns, slug=f"case-{number}")
    html = client.get(f"{PATH}?kind=urgent_appeal").content.decode()

    assert 'href="?kind=urgent_appeal&amp;page=2"' in html
    second = client.get(f"{PATH}?kind=urgent_appeal&page=2")
    assert second.status_code == 200
    assert len(titles(second)) == 2


def test_draft_case_is_not_listed_or_counted(client, cases):
    cases["wage"].unpublish()
    response = client.get(PATH)
    assert "Example wage" not in titles(response)
    assert "5 campaigns and cases" in response.content.decode()


def test_query_counts_hold_at_ten_and_two_hundred_cases(client, site_tree):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation

    from campaigns.factories import CampaignPageFactory, CampaignUpdateFactory

    def add_cases(count):
        with translation.override("en"):
            for _number in range(count):
                case = CampaignPageFactory(parent=site_tree.campaigns)
                CampaignUpdateFactory(page=case)

    def counts():
        result = []
        for path in (PATH, f"{PATH}?kind=urgent_appeal&country=KH", f"{PATH}feed/"):
            client.get(path)
            with CaptureQueriesContext(connection) as queries:
                assert client.get(path).status_code == 200
            result.append(len(queries))
        return result

    add_cases(9)
    at_ten = counts()
    add_cases(190)
    assert counts() == at_ten == [2, 2, 2]  # as in tests/cccea_site/test_query_counts
