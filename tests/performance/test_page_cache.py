"""Anonymous visitors get pages from the shared cache, fresh after each publish."""

import time
import uuid

import pytest
from django.core.cache import cache
from django.test import override_settings

from campaigns.factories import BrandFactory
from cccea_site.serving import page_cache


@pytest.fixture(autouse=True)
def page_cache_on():
    with override_settings(PAGE_CACHE_ENABLED=True):
        yield


def get_twice(client, path):
    return client.get(path), client.get(path)


def test_second_view_is_a_hit_with_zero_queries(
    client, site_tree, django_assert_num_queries
):
    first = client.get("/ja/about/mission/")
    with django_assert_num_queries(0):
        second = client.get("/ja/about/mission/")

    assert first["X-Cache"] == "MISS"
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert (
        second["Cache-Control"]
        == "public, max-age=60, s-maxage=300, stale-if-error=86400"
    )


def test_a_hit_is_stored_compressed_with_every_header_of_the_first_response(
    client, site_tree
):
    gzip = {"HTTP_ACCEPT_ENCODING": "gzip, br"}
    first = client.get("/en/about/", **gzip)
    hit = client.get("/en/about/", **gzip)

    assert hit["X-Cache"] == "HIT"
    assert hit["Content-Encoding"] == "gzip"
    assert hit.content == first.content  # the same compressed bytes
    assert int(hit["Content-Length"]) == len(hit.content)
    for header in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "Referrer-Policy",
        "X-Content-Type-Options",
        "Content-Language",
        "Vary",
    ):
        assert hit[header] == first[header], header


def test_visitors_without_gzip_get_plain_pages_from_the_cache(client, site_tree):
    client.get("/en/about/", HTTP_ACCEPT_ENCODING="gzip")
    plain = client.get("/en/about/")
    assert plain["X-Cache"] == "MISS"  # a copy of its own
    plain = client.get("/en/about/")
    assert plain["X-Cache"] == "HIT"
    assert not plain.has_header("Content-Encoding")
    assert '<html lang="en">' in plain.content.decode()


def test_languages_are_cached_apart(client, site_tree):
    client.get("/ja/about/")
    korean = client.get("/ko/about/")
    assert korean["X-Cache"] == "MISS"
    assert '<html lang="ko">' in korean.content.decode()


def test_publishing_shows_at_once(client, site_tree):
    client.get("/en/about/")
    site_tree.about.title_en = "About the coalition"
    site_tree.about.title = "About the coalition"
    site_tree.about.save_revision().publish()

    response = client.get("/en/about/")

    assert response["X-Cache"] == "MISS"
    assert "About the coalition" in response.content.decode()


def test_a_publish_elsewhere_refreshes_menus_everywhere(client, site_tree):
    client.get("/en/contact/")
    site_tree.network.title_en = "Our network"
    site_tree.network.title = "Our network"
    site_tree.network.save_revision().publish()

    assert "Our network" in client.get("/en/contact/").content.decode()


def test_unpublished_page_is_gone_at_once(client, site_tree):
    client.get("/en/about/vision/")
    site_tree.vision.unpublish()
    assert client.get("/en/about/vision/").status_code == 404


def test_deleted_page_is_gone_at_once(client, site_tree):
    client.get("/en/contact/")
    site_tree.standard.delete()
    assert client.get("/en/contact/").status_code == 404


def test_saving_a_snippet_or_the_site_settings_refreshes_pages(client, site_tree):
    from cccea_site.models import SiteSettings

    client.get("/en/campaigns/")
    BrandFactory(slug="new-brand", name="New Brand (fictional)")
    assert client.get("/en/campaigns/")["X-Cache"] == "MISS"

    settings = SiteSettings.for_site(site_tree.home.get_site())
    settings.footer_text_en = "New footer"
    settings.save()
    assert "New footer" in client.get("/en/campaigns/").content.decode()


def test_filters_are_cached_apart_and_other_parameters_ignored(client, site_tree):
    client.get("/en/campaigns/?kind=campaign")
    assert client.get("/en/campaigns/?kind=urgent_appeal")["X-Cache"] == "MISS"
    assert client.get("/en/campaigns/?kind=campaign&utm_source=x")["X-Cache"] == "HIT"


def test_errors_are_never_stored(client, site_tree):
    first, second = get_twice(client, "/en/nothing-here/")
    assert first.status_code == second.status_code == 404
    assert second["X-Cache"] == "BYPASS"
    first, second = get_twice(client, "/en/campaigns/?kind=bogus")
    assert first.status_code == second.status_code == 400
    assert second["X-Cache"] == "BYPASS"
    assert "no-store" in second["Cache-Control"]


def test_logged_in_editors_are_never_served_from_the_cache(
    client, site_tree, django_user_model
):
    client.get("/en/about/")
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)

    response = client.get("/en/about/")

    assert "X-Cache" not in response
    assert response["Cache-Control"] == "private, no-store"


def test_admin_and_health_are_left_alone(client, site_tree):
    assert "X-Cache" not in client.get("/admin/login/")
    assert "X-Cache" not in client.get("/health/")


def test_a_post_is_never_answered_from_the_cache(client, site_tree):
    assert client.get("/en/about/")["X-Cache"] == "MISS"  # now stored
    response = client.post("/en/about/")
    assert response.status_code == 405  # pages are read, never written to
    assert response.get("X-Cache") != "HIT"
    assert client.get("/en/about/")["X-Cache"] == "HIT"  # the copy is untouched


def test_a_post_stores_nothing(client, site_tree):
    client.post("/en/contact/")
    assert client.get("/en/contact/")["X-Cache"] == "MISS"


def test_pages_still_work_when_redis_is_down(client, site_tree, redis_down):
    first, second = get_twice(client, "/en/about/")
    assert first.status_code == second.status_code == 200
    assert second["X-Cache"] == "MISS"


class CacheThatMustNotBeAsked:
    def __getattr__(self, name):
        raise AssertionError(f"the shared cache was asked ({name})")


@override_settings(PAGE_CACHE_GENERATION_SECONDS=60)
def test_a_worker_serves_its_recent_pages_without_a_round_trip(
    client, site_tree, monkeypatch
):
    assert client.get("/en/about/")["X-Cache"] == "MISS"
    monkeypatch.setattr(page_cache, "cache", CacheThatMustNotBeAsked())
    assert client.get("/en/about/")["X-Cache"] == "HIT"


@override_settings(PAGE_CACHE_GENERATION_SECONDS=60)
def test_an_edit_elsewhere_reaches_a_worker_once_its_generation_is_old(
    client, site_tree
):
    client.get("/en/contact/")
    # Another instance publishes: the shared generation changes, not ours.
    cache.set(page_cache.GENERATION_KEY, "published-elsewhere", timeout=None)
    assert client.get("/en/contact/")["X-Cache"] == "HIT"  # still trusted
    page_cache.worker_copy.read_at -= 60  # a minute later
    assert client.get("/en/contact/")["X-Cache"] == "MISS"


@override_settings(PAGE_CACHE_GENERATION_SECONDS=1)
def test_with_the_production_setting_an_edit_elsewhere_shows_within_a_second(
    client, site_tree
):
    """The default of one second, on the real clock: no clock is faked."""
    client.get("/en/contact/")
    cache.set(page_cache.GENERATION_KEY, "published-elsewhere", timeout=None)
    published = time.monotonic()
    while client.get("/en/contact/")["X-Cache"] == "HIT":
        assert time.monotonic() - published < 1.5, "the edit never showed"
        time.sleep(0.05)
    assert time.monotonic() - published > 0.2  # trusted for a while first


@override_settings(PAGE_CACHE_GENERATION_SECONDS=60)
def test_an_edit_in_this_worker_shows_at_once(client, site_tree):
    client.get("/en/contact/")
    site_tree.standard.title_en = site_tree.standard.title = "Write to us"
    site_tree.standard.save_revision().publish()
    response = client.get("/en/contact/")
    assert response["X-Cache"] == "MISS"
    assert "Write to us" in response.content.decode()


@override_settings(PAGE_CACHE_LOCAL_ENTRIES=2)
def test_a_worker_keeps_only_its_most_recent_pages(client, site_tree):
    for path in ("/en/", "/en/about/", "/en/contact/"):
        client.get(path)
    assert len(page_cache.worker_copy.pages) == 2
    assert client.get("/en/")["X-Cache"] == "HIT"  # from the shared cache


def stored_pages():
    """How many pages the shared cache holds (locmem in tests, or Redis)."""
    backend = cache._cache
    keys = backend.keys() if isinstance(backend, dict) else backend.get_client().keys()
    names = [key.decode() if isinstance(key, bytes) else key for key in keys]
    return sum(
        1 for name in names if "page-cache:" in name and "generation" not in name
    )


def junk_requests(count):
    """Requests an outsider can make up without end."""
    for number in range(count):
        token = uuid.uuid4().hex
        yield from (
            f"/en/no-such-page-{token}/",
            f"/en/about/?page={token}",
            f"/en/?kind={token}",
            f"/en/campaigns/?page={number + 2}",
            f"/en/campaigns/?kind=campaign&kind=urgent_appeal&utm={token}",
            f"/en/campaigns/?country=kh&v={number}",
            "/en/campaigns/?kind=urgent_appeal&kind=campaign",
            f"/en/global-network/east-asian-coalition/?page={number}",
        )


def test_made_up_addresses_store_nothing(client, site_tree):
    for path in ("/en/", "/en/about/", "/en/campaigns/?kind=campaign"):
        assert client.get(path)["X-Cache"] == "MISS"
    assert stored_pages() == 3

    for path in junk_requests(25):
        assert client.get(path)["X-Cache"] != "HIT", path

    assert stored_pages() == 3
    for path in ("/en/", "/en/about/", "/en/campaigns/?kind=campaign"):
        assert client.get(path)["X-Cache"] == "HIT"


def test_repeated_parameters_are_never_served_from_one_copy(client, site_tree):
    """The listing reads the last of repeated values; the copy must not mix them."""
    client.get("/en/campaigns/?kind=campaign&kind=urgent_appeal")
    reversed_order = client.get("/en/campaigns/?kind=urgent_appeal&kind=campaign")
    assert reversed_order["X-Cache"] != "HIT"


def test_the_listings_own_links_are_stored(client, site_tree):
    assert get_twice(client, "/en/campaigns/?country=KH")[1]["X-Cache"] == "HIT"
    assert get_twice(client, "/en/campaigns/feed/?kind=campaign")[1]["X-Cache"] == "HIT"
