"""Each page type renders with a fixed number of SQL queries.

Counted with warm caches (Wagtail's site-root paths), as a visitor after the
first gets. The counts do not grow with the number of member organisations, campaigns,
brands, updates, menu items or commitments; changing them is a deliberate act: update the table.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from campaigns.factories import (
    BrandFactory,
    CampaignDemandFactory,
    CampaignPageFactory,
    CampaignUpdateFactory,
)
from cccea_site.factories import StandardPageFactory
from network.factories import MemberOrganisationPageFactory, MissionCommitmentFactory

QUERIES_PER_PAGE = {
    "/ja/": 11,
    "/ja/about/": 11,
    "/ja/about/vision/": 12,
    "/ja/about/mission/": 13,
    "/ja/global-network/": 11,
    "/ja/global-network/east-asian-coalition/": 14,
    "/ja/global-network/east-asian-coalition/example-union/": 14,
    "/ja/contact/": 10,
    "/ja/campaigns/": 14,
    "/ja/campaigns/?kind=urgent_appeal&country=KH": 14,
    "/ja/campaigns/example-severance-case/": 16,
    "/ja/campaigns/example-severance-case/print/": 12,
    "/ja/campaigns/example-severance-case/feed/": 9,
    "/ja/campaigns/feed/": 10,
    "/ja/no-such-page/": 8,
}


def count_queries(client, path):
    client.get(path)  # warm the caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code in (200, 404)
    return len(queries)


@pytest.mark.parametrize(("path", "expected"), QUERIES_PER_PAGE.items())
def test_page_type_query_count(client, site_tree, path, expected):
    assert count_queries(client, path) == expected


def add_volume(site_tree, count):
    with translation.override("en"):
        create_items(site_tree, count)


def create_items(site_tree, count):
    brand = BrandFactory()
    for number in range(count):
        MemberOrganisationPageFactory(parent=site_tree.coalition)
        case = CampaignPageFactory(parent=site_tree.campaigns, brands=[brand])
        CampaignUpdateFactory(page=case)
        CampaignDemandFactory(page=site_tree.case)
        CampaignUpdateFactory(page=site_tree.case)
        MissionCommitmentFactory(page=site_tree.mission, sort_order=10 + number)
        StandardPageFactory(parent=site_tree.home, show_in_menus=number % 2 == 0)


@pytest.mark.parametrize("path", QUERIES_PER_PAGE)
def test_query_count_does_not_grow_with_content(client, site_tree, path):
    add_volume(site_tree, 2)
    few = count_queries(client, path)
    add_volume(site_tree, 18)
    many = count_queries(client, path)
    assert few == many
