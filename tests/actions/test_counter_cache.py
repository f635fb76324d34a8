"""The count on a cached page is at most a minute old, and signing never
empties the page cache."""

import time

import pytest
from django.core import mail
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from actions.factories import SignatureFactory
from cccea_site.serving import page_cache
from cccea_site.serving.page_cache import invalidate_all_pages
from tests.actions.conftest import SAME_ORIGIN, sign_data

pytestmark = pytest.mark.django_db
CASE = "/en/campaigns/example-severance-case/"


@pytest.fixture(autouse=True)
def page_cache_on():
    with override_settings(PAGE_CACHE_ENABLED=True):
        yield


def confirmed_signature(client, action, email):
    client.post(f"/en/actions/{action.pk}/sign/", sign_data(email=email), **SAME_ORIGIN)
    path = mail.outbox[-1].body.split("/en/actions/confirm/")[1].split()[0]
    client.post(f"/en/actions/confirm/{path}")


def test_the_action_page_is_served_from_the_cache_for_at_most_a_minute(
    client, petition
):
    first = client.get(CASE)
    second = client.get(CASE)

    assert first["X-Cache"] == "MISS"
    assert second["X-Cache"] == "HIT"
    assert (
        second["Cache-Control"]
        == "public, max-age=60, s-maxage=60, stale-if-error=86400"
    )


def test_pages_without_an_action_keep_their_longer_lifetime(client, site_tree):
    assert (
        client.get(CASE)["Cache-Control"]
        == "public, max-age=60, s-maxage=300, stale-if-error=86400"
    )


def test_signing_and_confirming_start_no_new_generation(client, petition):
    client.get(CASE)
    generation = page_cache.current_generation()

    confirmed_signature(client, petition.action, "a@example.org")

    assert page_cache.current_generation() == generation
    assert client.get(CASE)["X-Cache"] == "HIT"


def test_the_count_shows_once_the_short_lifetime_is_over(client, petition, settings):
    settings.ACTIONS_COUNT_SECONDS = 1
    assert "0 confirmed signatures" in client.get(CASE).content.decode()
    confirmed_signature(client, petition.action, "a@example.org")
    assert client.get(CASE)["X-Cache"] == "HIT"  # still the cached copy

    time.sleep(1.1)
    fresh = client.get(CASE)

    assert fresh["X-Cache"] == "MISS"
    assert "1 confirmed signature" in fresh.content.decode()


def test_editing_the_action_shows_at_once(client, petition):
    client.get(CASE)
    petition.action.title_en = "A new title"
    petition.action.save()
    assert "A new title" in client.get(CASE).content.decode()


def test_a_form_with_errors_is_never_stored(client, petition):
    response = client.post(
        f"/en/actions/{petition.action.pk}/sign/",
        sign_data(email="secret@example.org", name=""),
        **SAME_ORIGIN,
    )
    assert "no-store" in response["Cache-Control"]
    assert "secret@example.org" not in client.get(CASE).content.decode()


def render_queries(client, path):
    client.get(path)
    invalidate_all_pages()
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        counts.append(len(queries))
    return tuple(counts)


@override_settings(PAGE_CACHE_ENABLED=False)
def test_the_count_costs_one_query_whatever_the_number_of_signatures(client, petition):
    SignatureFactory.create_batch(2, action=petition.action)
    few = render_queries(client, CASE)
    SignatureFactory.create_batch(20, action=petition.action)
    many = render_queries(client, CASE)

    # The count comes in the page's own query (CampaignPage.serving_queryset),
    # so a case with an action costs what one without costs: (10, 1).
    assert few == many == (10, 1)


@override_settings(PAGE_CACHE_ENABLED=False)
def test_case_cards_and_the_featured_appeal_show_the_count_and_goal(client, petition):
    SignatureFactory.create_batch(3, action=petition.action)

    case_list = client.get("/en/campaigns/").content.decode()
    front_page = client.get("/en/").content.decode()  # the case is the featured appeal

    assert "Petition: 3 signatures · Goal: 1000" in case_list
    assert "3 signatures · Goal: 1000" in front_page
