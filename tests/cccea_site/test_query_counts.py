"""Each page type renders with a fixed number of SQL queries.

Two counts per page, with the page cache off: the first render after an edit
(a new content generation: the worker rebuilds its route table, site, menu,
footer and the other values cccea_site.serving.render_memo keeps) and every render
after that. A worker that has just started counts the same: gunicorn's
post_worker_init hook loads what Django otherwise loads on first use.
Neither grows with the number of member organisations, campaigns,
brands, updates, menu items or commitments; changing them is a deliberate
act: update the table.
"""

import runpy
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from campaigns.factories import (
    BrandFactory,
    CampaignDemandFactory,
    CampaignPageFactory,
    CampaignUpdateFactory,
)
from cccea_site.factories import StandardPageFactory
from cccea_site.operations.worker_start import warm_worker_caches
from cccea_site.serving import render_memo
from cccea_site.serving.page_cache import invalidate_all_pages
from network.factories import MemberOrganisationPageFactory, MissionCommitmentFactory
from news.factories import NewsPageFactory, PublicationPageFactory, TopicFactory

# path: (first render after an edit, later renders)
QUERIES_PER_PAGE = {
    "/ja/": (9, 0),  # the featured appeal: one query
    "/ja/about/": (6, 2),
    "/ja/about/vision/": (5, 1),
    "/ja/about/mission/": (6, 2),
    "/ja/global-network/": (6, 2),
    # A page of members, with their logos: once per generation.
    "/ja/global-network/east-asian-coalition/": (7, 1),
    "/ja/global-network/east-asian-coalition/example-union/": (7, 1),
    "/ja/contact/": (5, 1),
    "/ja/campaigns/": (9, 2),
    "/ja/campaigns/?kind=urgent_appeal&country=KH": (9, 2),
    # A case's demands, updates, brands and member organisations are read
    # once per generation (render_memo.memoized_for_page): only the page.
    "/ja/campaigns/example-severance-case/": (10, 1),
    "/ja/campaigns/example-severance-case/print/": (8, 1),
    "/ja/campaigns/example-severance-case/feed/": (5, 2),
    "/ja/campaigns/feed/": (8, 2),
    "/ja/no-such-page/": (5, 1),
    "/ja/news/": (9, 2),
    "/ja/news/?kind=statement&topic=living-wage&year=2026": (9, 2),
    # A news item's or publication's relations and files: once per generation.
    "/ja/news/example-statement/": (9, 1),
    "/ja/news/feed/": (8, 2),
    "/ja/publications/": (9, 2),
    "/ja/publications/example-report/": (9, 1),
    "/ja/publications/feed/": (8, 2),
}


def count(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code in (200, 404)
    return len(queries)


def count_queries(client, path):
    """(queries of the first render after an edit, of the render after that)."""
    client.get(path)  # Wagtail's own caches (site root paths) warm
    invalidate_all_pages()
    return count(client, path), count(client, path)


@pytest.mark.parametrize(("path", "expected"), QUERIES_PER_PAGE.items())
def test_page_type_query_count(client, site_tree, path, expected):
    assert count_queries(client, path) == expected


def add_volume(site_tree, count):
    with translation.override("en"):
        create_items(site_tree, count)


def create_items(site_tree, count):
    brand = BrandFactory()
    topic = TopicFactory()
    for number in range(count):
        MemberOrganisationPageFactory(parent=site_tree.coalition)
        case = CampaignPageFactory(parent=site_tree.campaigns, brands=[brand])
        CampaignUpdateFactory(page=case)
        CampaignDemandFactory(page=site_tree.case)
        CampaignUpdateFactory(page=site_tree.case)
        MissionCommitmentFactory(page=site_tree.mission, sort_order=10 + number)
        StandardPageFactory(parent=site_tree.home, show_in_menus=number % 2 == 0)
        related = {
            "topics": [topic],
            "organisations": [site_tree.member],
            "related_cases": [site_tree.case, case],
        }
        NewsPageFactory(parent=site_tree.news_index, brands=[brand], **related)
        PublicationPageFactory(parent=site_tree.publications, **related)


@pytest.mark.parametrize("path", QUERIES_PER_PAGE)
def test_query_count_does_not_grow_with_content(client, site_tree, path):
    add_volume(site_tree, 2)
    few = count_queries(client, path)
    add_volume(site_tree, 18)
    many = count_queries(client, path)
    assert few == many == QUERIES_PER_PAGE[path]


def test_every_first_render_after_an_edit_stays_within_ten_queries():
    over_budget = {
        path: first for path, (first, _) in QUERIES_PER_PAGE.items() if first > 10
    }
    assert over_budget == {}


def start_a_fresh_worker():
    """What a new gunicorn process has: no content types, an empty render
    memo, and (with the in-memory cache) no site root paths; then
    gunicorn.conf.py's hook."""
    hooks = runpy.run_path(str(settings.BASE_DIR / "gunicorn.conf.py"))
    ContentType.objects.clear_cache()
    render_memo._memo = (None, {})
    cache.delete_many(
        [f"wagtail_site_root_paths_{code}" for code, _ in settings.LANGUAGES]
    )
    hooks["post_worker_init"](worker=None)


@pytest.mark.parametrize(("path", "expected"), QUERIES_PER_PAGE.items())
def test_a_fresh_workers_first_render_costs_no_more(client, site_tree, path, expected):
    client.get(path)  # the page exists and the tree is built
    start_a_fresh_worker()
    invalidate_all_pages()
    assert count(client, path) == expected[0]


def test_a_worker_starts_even_with_the_database_down(caplog):
    ContentType.objects.clear_cache()
    with mock.patch.object(
        ContentType.objects, "get_for_models", side_effect=OperationalError("down")
    ):
        warm_worker_caches()
    assert "database unreachable at worker start" in caplog.text


def test_a_case_with_a_picture_and_a_petition_costs_what_a_plain_case_costs(
    client, site_tree
):
    """The case's picture and its action, with the confirmed count, come in
    the page's own query (CampaignPage.serving_queryset)."""
    from wagtail_factories import ImageFactory

    from actions.factories import ActionFactory, SignatureFactory

    action = ActionFactory()
    SignatureFactory.create_batch(3, action=action)
    site_tree.case.hero_image = ImageFactory()
    site_tree.case.attached_action = action
    site_tree.case.save_revision().publish()
    path = "/ja/campaigns/example-severance-case/"
    assert count_queries(client, path) == QUERIES_PER_PAGE[path]
    start_a_fresh_worker()
    invalidate_all_pages()
    assert count(client, path) == QUERIES_PER_PAGE[path][0]
