"""What a worker keeps between renders never outlives an edit.

Routes, the site, menu, footer, breadcrumbs, view restrictions, the home
page's latest cases and the campaign list's facts and brand names are kept
per content generation (cccea_site.serving.render_memo).
Each test renders a page once, so those values are kept, then makes an edit
as an editor would (publish, save a setting) and expects the next render,
with no page cache in between, to show it.
"""

import pytest
from django.utils import translation
from wagtail.models import PageViewRestriction

from campaigns.factories import CampaignPageFactory
from cccea_site.factories import StandardPageFactory
from cccea_site.models import HomePageKeyFigure, SiteSettings


def publish(page):
    page.save_revision().publish()


@pytest.fixture
def warm(client, site_tree):
    """Render `path` once, so the worker keeps what it needs."""

    def render(path):
        response = client.get(path)
        assert response.status_code == 200
        return response

    return render


def test_a_newly_published_menu_page_is_in_the_menu_at_once(client, site_tree, warm):
    warm("/en/about/")
    page = StandardPageFactory(parent=site_tree.home, title="Press", show_in_menus=True)
    publish(page)
    menu = client.get("/en/about/").content.decode().split('class="main-menu"')[1]
    assert "Press" in menu.split("</nav>")[0]


def test_a_new_page_is_found_at_its_address_at_once(client, site_tree, warm):
    warm("/en/contact/")
    page = StandardPageFactory(parent=site_tree.home, title="Press", slug="press")
    publish(page)
    assert client.get("/en/press/").status_code == 200


def test_a_changed_slug_moves_the_page_at_once(client, site_tree, warm):
    warm("/ja/about/mission/")
    with translation.override("en"):
        site_tree.about.slug_ja = "watashitachi"
        publish(site_tree.about)
    assert client.get("/ja/watashitachi/mission/").status_code == 200
    assert client.get("/ja/about/mission/").status_code == 301  # to the new address


def test_an_unpublished_page_is_gone_at_once(client, site_tree, warm):
    warm("/en/contact/")
    site_tree.standard.unpublish()
    assert client.get("/en/contact/").status_code == 404


def test_edited_site_settings_show_in_the_footer_at_once(client, site_tree, warm):
    warm("/en/contact/")
    settings = SiteSettings.for_site(site_tree.home.get_site())
    settings.footer_text_en = "A new footer line"
    settings.save()
    assert "A new footer line" in client.get("/en/contact/").content.decode()


def test_a_renamed_parent_shows_in_breadcrumbs_at_once(client, site_tree, warm):
    warm("/en/about/mission/")
    site_tree.about.title_en = site_tree.about.title = "Who we are"
    publish(site_tree.about)
    breadcrumbs = client.get("/en/about/mission/").content.decode()
    assert (
        "Who we are" in breadcrumbs.split('class="breadcrumbs"')[1].split("</nav>")[0]
    )


def test_a_newly_published_case_is_on_the_home_page_at_once(client, site_tree, warm):
    warm("/en/")
    case = CampaignPageFactory(parent=site_tree.campaigns, title="A brand-new appeal")
    publish(case)
    assert "A brand-new appeal" in client.get("/en/").content.decode()


def test_a_new_case_is_listed_and_counted_at_once(client, site_tree, warm):
    warm("/en/campaigns/")
    publish(CampaignPageFactory(parent=site_tree.campaigns, title="A brand-new appeal"))
    listing = client.get("/en/campaigns/").content.decode()
    assert "A brand-new appeal" in listing
    assert "2 campaigns and cases" in listing


def test_a_renamed_brand_shows_in_the_filters_and_feed_at_once(client, site_tree, warm):
    warm("/en/campaigns/")
    warm("/en/campaigns/feed/?brand=northwind")
    brand = site_tree.case.brands.get()
    brand.name_en = brand.name = "Northwind Apparel (fictional)"
    brand.slug = "northwind-apparel"
    brand.save()
    assert "Northwind Apparel" in client.get("/en/campaigns/").content.decode()
    assert client.get("/en/campaigns/feed/?brand=northwind").status_code == 404
    assert client.get("/en/campaigns/feed/?brand=northwind-apparel").status_code == 200


def test_a_new_view_restriction_applies_at_once(client, site_tree, warm):
    warm("/en/contact/")
    PageViewRestriction.objects.create(
        page=site_tree.standard, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get("/en/contact/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_restriction_on_a_parent_covers_its_children(client, site_tree, warm):
    warm("/en/about/mission/")
    PageViewRestriction.objects.create(
        page=site_tree.about, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get("/en/about/mission/").status_code == 302
    assert client.get("/en/contact/").status_code == 200


def test_with_the_cache_down_edits_still_show_at_once(client, site_tree, redis_down):
    assert client.get("/en/contact/").status_code == 200
    site_tree.standard.unpublish()
    assert client.get("/en/contact/").status_code == 404


def test_a_preview_shows_its_own_unsaved_content_not_the_kept_values(
    client, site_tree, warm
):
    warm("/en/")  # the home page's key figures are now kept for this generation
    home = site_tree.home
    home.key_figures = [HomePageKeyFigure(number="77", label_en="unsaved figure")]
    assert "unsaved figure" in home.make_preview_request().content.decode()
    # The preview kept nothing: visitors still see the published figures.
    assert "unsaved figure" not in client.get("/en/").content.decode()


def test_the_memo_does_not_grow_with_the_host_headers_visitors_send(client, site_tree):
    """With a wildcard ALLOWED_HOSTS any Host gets in; each used to be kept."""
    from django.test import override_settings

    from cccea_site.serving import render_memo

    with override_settings(ALLOWED_HOSTS=["*"]):
        client.get("/en/contact/", HTTP_HOST="localhost")
        kept = len(render_memo._memo[1])
        for number in range(300):
            response = client.get("/en/contact/", HTTP_HOST=f"host-{number}.example")
            assert response.status_code == 200  # the default site answers
        assert len(render_memo._memo[1]) == kept


def test_a_site_with_its_own_hostname_is_still_chosen_by_it(client, site_tree):
    from django.test import override_settings
    from wagtail.models import Site

    Site.objects.create(hostname="other.example", port=80, root_page=site_tree.about)
    with override_settings(ALLOWED_HOSTS=["*"]):
        other = client.get("/en/", HTTP_HOST="other.example")
        main = client.get("/en/", HTTP_HOST="localhost")
    assert other.context["page"].pk == site_tree.about.pk
    assert main.context["page"].pk == site_tree.home.pk


def test_a_new_update_on_a_case_shows_at_once(client, site_tree, warm):
    from campaigns.factories import CampaignUpdateFactory

    path = site_tree.case.url
    warm(path)  # the case's demands and updates are now kept for this generation
    CampaignUpdateFactory(page=site_tree.case, title_en="Factory reopens")
    publish(site_tree.case)
    assert "Factory reopens" in client.get(path).content.decode()


def test_a_news_item_linked_to_a_case_shows_on_the_case_at_once(
    client, site_tree, warm
):
    from news.factories import NewsPageFactory

    path = site_tree.case.url
    warm(path)
    item = NewsPageFactory(
        parent=site_tree.news_index,
        title="Union wins back pay",
        related_cases=[site_tree.case],
    )
    publish(item)
    assert "Union wins back pay" in client.get(path).content.decode()


def test_values_kept_per_page_are_bounded_to_the_most_recently_used(rf):
    """A crawler walking every case must not grow a worker without end."""
    from cccea_site.serving.render_memo import memoized_for_page

    request = rf.get("/")
    computed = []

    def read(number):
        computed.append(number)
        return number

    for number in range(5):
        memoized_for_page(request, "example", number, lambda n=number: read(n), keep=3)
    memoized_for_page(request, "example", 2, lambda: read(2), keep=3)  # kept
    memoized_for_page(request, "example", 5, lambda: read(5), keep=3)  # drops 3
    memoized_for_page(request, "example", 0, lambda: read(0), keep=3)  # long gone
    memoized_for_page(request, "example", 2, lambda: read(2), keep=3)  # still kept
    assert computed == [0, 1, 2, 3, 4, 5, 0]


def test_a_new_member_organisation_is_listed_by_its_coalition_at_once(
    client, site_tree, warm
):
    from network.factories import MemberOrganisationPageFactory

    path = site_tree.coalition.url
    warm(path)  # the first page of members is now kept for this generation
    member = MemberOrganisationPageFactory(
        parent=site_tree.coalition, title="Example Dyers' Union"
    )
    publish(member)
    assert "Example Dyers" in client.get(path).content.decode()


def test_a_case_preview_shows_its_unsaved_demands_not_the_kept_ones(
    client, site_tree, warm
):
    from campaigns.models import CampaignDemand

    path = site_tree.case.url
    warm(path)  # the case's demands are now kept for this generation
    case = site_tree.case
    case.demands = [
        CampaignDemand(text_en="An unsaved demand", text="An unsaved demand")
    ]
    assert "An unsaved demand" in case.make_preview_request().content.decode()
    assert "An unsaved demand" not in client.get(path).content.decode()
