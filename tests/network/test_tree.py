"""The page tree keeps its shape: each page type only where it belongs."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from campaigns.models import CampaignIndexPage, CampaignPage
from cccea_site.models import HomePage, StandardPage
from network.models import (
    AboutPage,
    GlobalNetworkPage,
    MemberOrganisationPage,
    MissionPage,
    RegionalCoalitionPage,
    VisionPage,
)
from news.models import NewsIndexPage, NewsPage, PublicationIndexPage, PublicationPage

ALLOWED_CHILDREN = {
    HomePage: {
        AboutPage,
        GlobalNetworkPage,
        CampaignIndexPage,
        NewsIndexPage,
        PublicationIndexPage,
        StandardPage,
    },
    CampaignIndexPage: {CampaignPage},
    CampaignPage: set(),
    AboutPage: {VisionPage, MissionPage},
    VisionPage: set(),
    MissionPage: set(),
    GlobalNetworkPage: {RegionalCoalitionPage},
    RegionalCoalitionPage: {MemberOrganisationPage},
    MemberOrganisationPage: set(),
    StandardPage: {StandardPage},
    NewsIndexPage: {NewsPage},
    NewsPage: set(),
    PublicationIndexPage: {PublicationPage},
    PublicationPage: set(),
}


class TreeShapeTests(WagtailPageTestCase):
    def test_each_page_type_allows_exactly_its_children(self):
        for parent, children in ALLOWED_CHILDREN.items():
            with self.subTest(parent=parent.__name__):
                self.assertAllowedSubpageTypes(parent, children)

    def test_home_page_sits_only_at_the_tree_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_member_organisation_only_under_a_coalition(self):
        self.assertAllowedParentPageTypes(
            MemberOrganisationPage, {RegionalCoalitionPage}
        )
        self.assertCanNotCreateAt(GlobalNetworkPage, MemberOrganisationPage)
        self.assertCanNotCreateAt(HomePage, RegionalCoalitionPage)


@pytest.mark.django_db
def test_admin_refuses_a_wrong_child_type(client, site_tree, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)

    # About, Global Network and Campaigns exist already (one each), so a
    # standard page is the only type left to add under Home: the admin goes straight to it.
    choices = client.get(f"/admin/pages/{site_tree.home.id}/add_subpage/")
    assert choices["Location"].endswith(
        f"/add/cccea_site/standardpage/{site_tree.home.id}/"
    )

    url = f"/admin/pages/add/network/memberorganisationpage/{site_tree.home.id}/"
    response = client.get(url, follow=True)

    assert response.redirect_chain[0][1] == 302
    assert not MemberOrganisationPage.objects.child_of(site_tree.home).exists()


def test_only_one_about_page(site_tree):
    assert not AboutPage.can_create_at(site_tree.home)
    assert StandardPage.can_create_at(site_tree.home)
