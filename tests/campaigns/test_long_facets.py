"""A facet with many values (300 brands in a large archive) shows its most
common ones and a link to see them all, so a list page does not carry
hundreds of links; the full facet is one click away and not indexed."""

import re

import pytest
from django.test import override_settings
from django.utils import translation

from campaigns.factories import BrandFactory, CampaignPageFactory
from campaigns.listing import FACET_VALUES_SHOWN

PATH = "/en/campaigns/"
BRANDS = FACET_VALUES_SHOWN + 5


@pytest.fixture
def many_brands(site_tree):
    """Brand 1 on one case, brand 2 on two, … brand 15 on fifteen."""
    with translation.override("en"):
        brands = [
            BrandFactory(slug=f"brand-{n:02}", name=f"Brand {n:02} (fictional)")
            for n in range(1, BRANDS + 1)
        ]
        for case_number in range(1, BRANDS + 1):
            CampaignPageFactory(
                parent=site_tree.campaigns,
                slug=f"case-{case_number}",
                brands=[brand for n, brand in enumerate(brands, 1) if n >= case_number],
            )
    return brands


def brand_links(html):
    facet = html.split('id="facet-brand"')[1].split("</section>")[0]
    return re.findall(r"Brand (\d\d) \(fictional\)", facet)


def test_a_long_facet_shows_its_most_common_values_and_a_link_to_all(
    client, many_brands
):
    html = client.get(PATH).content.decode()

    shown = brand_links(html)
    assert len(shown) == FACET_VALUES_SHOWN
    assert shown == sorted(shown)  # in the facet's own order
    assert "01" not in shown  # the rarest is left out
    # 16 brands: these 15 and the example case's.
    assert '<a href="?more=brand#facet-brand">6 more: show all (Brand)</a>' in html
    assert '<meta name="robots" content="noindex">' not in html


def test_the_link_shows_the_facet_whole_without_indexing_that_page(client, many_brands):
    html = client.get(f"{PATH}?more=brand").content.decode()

    assert len(brand_links(html)) == BRANDS  # and the example case's brand
    assert "Show the most common only" in html
    assert '<meta name="robots" content="noindex">' in html
    # A brand link filters by it, and leaves the whole facet behind.
    assert 'href="?brand=brand-01"' in html


def test_a_selected_rare_value_stays_visible(client, many_brands):
    html = client.get(f"{PATH}?brand=brand-01").content.decode()
    assert "01" in brand_links(html)
    assert 'aria-current="true">Brand 01 (fictional)' in html


def test_other_short_facets_are_whole(client, many_brands):
    html = client.get(PATH).content.decode()
    assert "?more=kind" not in html
    assert "?more=status" not in html


def test_an_unknown_facet_to_show_is_a_clear_error(client, many_brands):
    response = client.get(f"{PATH}?more=nonsense")
    assert response.status_code == 400
    assert "Show all" in response.content.decode()


def test_the_link_is_translated(client, many_brands):
    html = client.get("/ja/campaigns/").content.decode()
    assert "あと6件：すべて表示" in html


@override_settings(PAGE_CACHE_ENABLED=True)
def test_the_whole_facet_is_not_the_cached_short_list(client, many_brands):
    client.get(PATH)  # the short list is now in the page cache
    html = client.get(f"{PATH}?more=brand").content.decode()
    assert len(brand_links(html)) == BRANDS
    assert '<meta name="robots" content="noindex">' in html
