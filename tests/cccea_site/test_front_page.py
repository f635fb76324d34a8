"""The front page leads with one appeal and its button, then the sections
editors order; the header carries the site's logo."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import PageViewRestriction
from wagtail_factories import ImageFactory

from actions.factories import ActionFactory, SignatureFactory
from campaigns.factories import CampaignPageFactory, CampaignUpdateFactory
from campaigns.models import CampaignPage
from cccea_site.models import SiteSettings


def featured_block(html):
    """The featured appeal's markup, or None."""
    match = re.search(r'<section class="featured".*?</section>', html, re.S)
    return match.group(0) if match else None


def home_html(client, language="en"):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    return response.content.decode()


def publish(page):
    page.save_revision().publish()


@pytest.fixture
def campaign(site_tree):
    """An active campaign (not an urgent appeal), updated recently."""
    page = CampaignPageFactory(
        parent=site_tree.campaigns,
        title="Living wage campaign",
        slug="living-wage",
        kind=CampaignPage.Kind.CAMPAIGN,
        cta_url="",
    )
    CampaignUpdateFactory(page=page, date=datetime.date(2026, 11, 1))
    return page


def test_without_a_pick_the_latest_active_urgent_appeal_leads(client, site_tree):
    featured = featured_block(home_html(client))

    assert "Example severance case" in featured
    assert 'id="featured-appeal-heading"' in featured


def test_the_editors_pick_leads_and_is_not_listed_again_below(
    client, site_tree, campaign
):
    site_tree.home.featured_case = campaign
    publish(site_tree.home)

    html = home_html(client)
    assert "Living wage campaign" in featured_block(html)
    below = html.split('id="current-appeals-heading"')[1]
    assert "Living wage campaign" not in below
    assert "Example severance case" in below


def test_a_picked_case_that_is_unpublished_gives_way(client, site_tree, campaign):
    site_tree.home.featured_case = campaign
    publish(site_tree.home)
    campaign.unpublish()

    html = home_html(client)
    assert "Living wage campaign" not in html
    assert "Example severance case" in featured_block(html)


def test_a_picked_case_behind_a_login_is_never_featured(client, site_tree, campaign):
    site_tree.home.featured_case = campaign
    publish(site_tree.home)
    PageViewRestriction.objects.create(
        page=campaign, restriction_type=PageViewRestriction.LOGIN
    )

    html = home_html(client)
    assert "Living wage campaign" not in html
    assert "Example severance case" in featured_block(html)


def test_no_active_case_means_no_featured_appeal(client, site_tree):
    site_tree.case.status = CampaignPage.Status.WON
    site_tree.case.resolved_on = datetime.date(2026, 6, 1)
    publish(site_tree.case)

    html = home_html(client)
    assert featured_block(html) is None
    assert "<h1" in html


def test_an_open_petition_gives_a_sign_button_to_the_form(client, site_tree):
    action = ActionFactory()
    site_tree.case.attached_action = action
    publish(site_tree.case)
    SignatureFactory.create_batch(3, action=action)

    featured = featured_block(home_html(client, "en"))
    url = f"/en/campaigns/example-severance-case/#action-{action.pk}"
    assert f'href="{url}">Sign the petition</a>' in featured
    assert "3 signatures · Goal: 1000" in featured


def test_a_pledge_is_signed_too(client, site_tree):
    action = ActionFactory(kind="pledge")
    site_tree.case.attached_action = action
    publish(site_tree.case)

    assert "Sign the pledge</a>" in featured_block(home_html(client))


def test_the_count_is_read_on_every_render_without_a_new_generation(
    client, site_tree, settings
):
    settings.PAGE_CACHE_ENABLED = False
    action = ActionFactory()
    site_tree.case.attached_action = action
    publish(site_tree.case)
    assert "0 signatures" in featured_block(home_html(client))

    SignatureFactory(action=action)  # no publish: the memo stays as it was

    assert "1 signature ·" in featured_block(home_html(client))


def test_a_closed_action_falls_back_to_the_editors_link(client, site_tree):
    action = ActionFactory(closed_by_hand=True)
    site_tree.case.attached_action = action
    publish(site_tree.case)

    featured = featured_block(home_html(client, "ja"))
    assert 'href="https://example.org/petition">Sign [ja]</a>' in featured
    assert "Final count" not in featured


def test_a_case_with_nothing_to_sign_or_click_offers_to_follow_it(
    client, site_tree, campaign
):
    site_tree.home.featured_case = campaign
    publish(site_tree.home)

    featured = featured_block(home_html(client, "ko"))
    assert f'href="/ko/follow/{campaign.pk}/"' in featured


def test_the_summary_falls_back_visibly_to_english(client, site_tree):
    site_tree.case.summary_ko = ""
    publish(site_tree.case)

    html = home_html(client, "ko")
    assert '<html lang="ko">' in html
    assert '<p class="featured__summary" lang="en">Case summary [en]</p>' in html


def test_the_home_pages_own_picture_replaces_the_cases(client, site_tree):
    site_tree.home.featured_image = ImageFactory(title="Workers outside")
    site_tree.home.featured_image_alt_en = "Workers outside the closed factory"
    site_tree.home.featured_image_alt_ja = ""
    publish(site_tree.home)

    featured = featured_block(home_html(client, "ja"))
    assert "<picture" in featured
    assert 'alt="Workers outside the closed factory"' in featured


def section_headings(html):
    return re.findall(r'<h2 id="([a-z-]+)-heading"', html)


def test_sections_follow_the_editors_order_and_can_be_hidden(
    client, site_tree, campaign
):
    assert section_headings(home_html(client)) == [
        "featured-appeal",
        "current-appeals",
        "latest-news",
        "key-figures",
        "introduction",
    ]

    site_tree.home.sections = [("introduction", None), ("current_appeals", None)]
    publish(site_tree.home)

    assert section_headings(home_html(client)) == [
        "featured-appeal",
        "introduction",
        "current-appeals",
    ]


def test_a_section_cannot_be_added_twice(site_tree):
    block = site_tree.home.sections.stream_block
    value = block.to_python(
        [
            {"type": "latest_news", "value": None},
            {"type": "latest_news", "value": None},
        ]
    )
    with pytest.raises(ValidationError):
        block.clean(value)


def header_brand(html):
    return re.search(r'<a class="site-brand".*?</a>', html, re.S).group(0)


def test_the_header_shows_the_sites_own_mark_beside_the_name(client, site_tree):
    brand = header_brand(home_html(client, "zh-hant"))

    assert 'src="/static/img/logo.svg"' in brand
    assert 'alt=""' in brand  # decorative: the name follows
    assert "site-brand__name" in brand


def test_a_logo_that_spells_the_name_stands_alone_with_its_description(
    client, site_tree
):
    site_settings = SiteSettings.for_site(site_tree.home.get_site())
    site_settings.logo = ImageFactory(file__width=300, file__height=100)
    site_settings.logo_shows_name = False
    site_settings.logo_alt_en = "CCCEA"
    site_settings.logo_alt_ja = "クリーンクローズ東アジア"
    site_settings.save()

    brand = header_brand(home_html(client, "ja"))
    assert 'alt="クリーンクローズ東アジア"' in brand
    assert 'width="120" height="40"' in brand
    assert "site-brand__name" not in brand
    assert 'alt="CCCEA" lang="en"' in header_brand(home_html(client, "ko"))


def test_a_logo_without_the_name_needs_a_description(site_tree):
    site_settings = SiteSettings.for_site(site_tree.home.get_site())
    site_settings.logo = ImageFactory()
    site_settings.logo_shows_name = False

    with pytest.raises(ValidationError) as error:
        site_settings.full_clean()
    assert "logo_alt_en" in error.value.message_dict


def og_image(html):
    return re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)


def test_link_previews_show_the_sites_mark_or_the_logo(client, site_tree):
    assert og_image(home_html(client)) == "http://testserver/static/img/share.png"

    site_settings = SiteSettings.for_site(site_tree.home.get_site())
    site_settings.logo = ImageFactory(file__width=600, file__height=200)
    site_settings.save()

    preview = og_image(home_html(client, "ko"))
    assert preview.startswith("http://testserver/media/images/")
    assert ".max-1200x630." in preview
