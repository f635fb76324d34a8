"""A coalition with hundreds of members lists them a page at a time."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from cccea_site.serving.page_cache import invalidate_all_pages
from network.factories import MemberOrganisationPageFactory

PER_PAGE = 12
PATH = "/ja/global-network/east-asian-coalition/"


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr("network.models.MEMBERS_PER_PAGE", PER_PAGE)


def add_members(site_tree, count):
    with translation.override("en"):
        for _number in range(count):
            MemberOrganisationPageFactory(parent=site_tree.coalition)


def member_links(response):
    assert response.status_code == 200
    return re.findall(
        r'<a class="card__link" href="([^"]+)"', response.content.decode()
    )


def test_each_page_shows_its_own_members(client, site_tree, small_pages):
    add_members(site_tree, 29)  # 30 with the fixture's own

    first = member_links(client.get(PATH))
    second = member_links(client.get(f"{PATH}?page=2"))
    third = member_links(client.get(f"{PATH}?page=3"))

    assert len(first) == len(second) == PER_PAGE
    assert len(third) == 30 - 2 * PER_PAGE
    assert not set(first) & set(second)
    assert len(set(first + second + third)) == 30
    html = client.get(PATH).content.decode()
    assert 'href="?page=2"' in html
    assert member_links(client.get(f"{PATH}?page=1")) == first


@pytest.mark.parametrize("page", ["99", "4", "0", "-1", "abc", "1.5", ""])
def test_a_page_number_that_is_no_page_is_a_404_in_the_visitors_language(
    client, site_tree, small_pages, page
):
    add_members(site_tree, 29)
    response = client.get(f"{PATH}?page={page}")
    if page == "":  # an empty value is the first page, as everywhere
        assert response.status_code == 200
        return
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="ja">' in html
    assert "ページが見つかりません" in html


def count_queries(client, path):
    """Queries of the first render after an edit, and of the next render."""
    client.get(path)
    invalidate_all_pages()
    counts = []
    for _render in range(2):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        counts.append(len(queries))
    return counts


def test_the_query_count_does_not_grow_with_the_members(client, site_tree, small_pages):
    add_members(site_tree, 4)
    few = count_queries(client, PATH)
    add_members(site_tree, 45)
    many = count_queries(client, PATH)
    assert few == many
    assert count_queries(client, f"{PATH}?page=4") == many
