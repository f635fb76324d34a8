"""Newsletter and donation links: set per language in the site settings,
shown in that language's footer and on the thanks pages, hidden when empty,
never another language's."""

import pytest

from cccea_site.models import SiteSettings
from tests.following.conftest import SAME_ORIGIN

pytestmark = pytest.mark.django_db


@pytest.fixture
def japanese_links_only(site_tree):
    site_settings = SiteSettings.for_site(site_tree.home.get_site())
    site_settings.donate_url_ja = "https://donate.example.org/ja/"
    site_settings.newsletter_url_ja = "https://news.example.org/ja/"
    site_settings.save()
    return site_tree


def test_the_footer_links_the_pages_set_for_its_language(client, japanese_links_only):
    japanese = client.get("/ja/").content.decode()
    english = client.get("/en/").content.decode()

    assert 'href="https://donate.example.org/ja/"' in japanese
    assert 'href="https://news.example.org/ja/"' in japanese
    assert "donate.example.org" not in english  # no fallback to another language


def test_the_thanks_pages_offer_them(client, japanese_links_only):
    case = japanese_links_only.case
    client.post(
        f"/ja/follow/{case.pk}/",
        {"email": "reader@example.org", "website": ""},
        **SAME_ORIGIN,
    )
    page = client.get(f"/ja/follow/{case.pk}/check-your-inbox/").content.decode()
    assert 'class="support-links"' in page
    assert 'href="https://donate.example.org/ja/"' in page


def test_nothing_is_shown_when_none_is_set(client, site_tree):
    page = client.get(f"/ko/follow/{site_tree.case.pk}/check-your-inbox/")
    assert 'class="support-links"' not in page.content.decode()
