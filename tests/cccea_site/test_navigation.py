"""The main menu, footer links, breadcrumbs and view restrictions a visitor meets.

These are built from per-generation tables (cccea_site.serving.tree.listed_children,
cccea_site.serving.routing), so the tests cover the cases those tables must get right:
tree order, drafts, page types, every depth, several restrictions and aliases.
"""

import re

from wagtail.models import Page, PageViewRestriction

from campaigns.factories import CampaignIndexPageFactory
from cccea_site.factories import StandardPageFactory


def publish(page):
    page.save_revision().publish()


def nav_texts(html, css_class):
    """The link and current-page texts inside the <nav class="css_class">."""
    section = html.split(f'<nav class="{css_class}"')[1].split("</nav>")[0]
    return re.findall(r"<(?:a|span)\b[^>]*>([^<]+)</(?:a|span)>", section)


def page_html(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_menu_lists_live_menu_pages_of_home_in_tree_order(client, site_tree):
    site_tree.network.show_in_menus = True
    publish(site_tree.network)
    site_tree.about.show_in_menus = True
    publish(site_tree.about)
    hidden = StandardPageFactory(parent=site_tree.home, title="Draft", live=False)
    hidden.show_in_menus = True
    hidden.save()

    html = page_html(client, "/ja/contact/")

    # In the order editors gave them in the tree; contact is not in the menu.
    assert nav_texts(html, "main-menu") == [
        "About us [ja]",
        "Global Network [ja]",
        "Campaigns [ja]",
        "News [ja]",
        "Publications [ja]",
    ]


def test_footer_links_standard_pages_left_out_of_the_menu(client, site_tree):
    StandardPageFactory(parent=site_tree.home, title="Press", show_in_menus=True)
    StandardPageFactory(parent=site_tree.home, title="Privacy")
    StandardPageFactory(parent=site_tree.home, title="Unpublished", live=False)
    # About is not in the menu either, but it is not a standard page.

    html = page_html(client, "/ko/about/")

    assert nav_texts(html, "site-footer__links") == ["Contact [ko]", "Privacy [ko]"]


def test_breadcrumbs_at_every_depth(client, site_tree):
    expected = {
        "/en/contact/": ["Home", "Contact"],
        "/en/about/vision/": ["Home", "About us", "Vision"],
        "/en/global-network/east-asian-coalition/example-union/": [
            "Home",
            "Global Network",
            "East Asian Coalition",
            "Example Union (fictional)",
        ],
    }
    for path, crumbs in expected.items():
        assert nav_texts(page_html(client, path), "breadcrumbs") == crumbs, path


def test_breadcrumbs_leave_out_an_unpublished_parent(client, site_tree):
    site_tree.about.unpublish()
    html = page_html(client, "/en/about/vision/")
    assert nav_texts(html, "breadcrumbs") == ["Home", "Vision"]


def test_breadcrumbs_are_in_the_page_language(client, site_tree):
    html = page_html(client, "/zh-hant/campaigns/example-severance-case/")
    assert nav_texts(html, "breadcrumbs") == [
        "Home [zh-hant]",
        "Campaigns [zh-hant]",
        "Example severance case [zh-hant]",
    ]


def test_home_links_to_the_campaign_list_only_while_it_is_live(client, site_tree):
    assert 'href="/en/campaigns/"' in page_html(client, "/en/")
    site_tree.campaigns.unpublish()
    assert 'href="/en/campaigns/"' not in page_html(client, "/en/")


def test_home_finds_the_campaign_list_among_other_pages(client, site_tree):
    site_tree.campaigns.delete()
    StandardPageFactory(parent=site_tree.home, title="Before")
    CampaignIndexPageFactory(parent=site_tree.home, slug="cases")
    assert 'href="/en/cases/"' in page_html(client, "/en/")


def test_a_page_with_two_restrictions_keeps_both_and_the_tree_routes_on(
    client, site_tree
):
    for kind in (PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD):
        PageViewRestriction.objects.create(
            page=site_tree.about, restriction_type=kind, password="secret"
        )
    assert client.get("/en/about/").status_code == 302
    assert client.get("/en/about/vision/").status_code == 302
    # Pages after it in tree order are still found, and open.
    assert client.get("/en/global-network/").status_code == 200
    assert client.get("/en/campaigns/example-severance-case/").status_code == 200


def test_an_alias_takes_its_source_pages_restriction(client, site_tree):
    site_tree.standard.create_alias(parent=site_tree.about, update_slug="contact-us")
    PageViewRestriction.objects.create(
        page=site_tree.standard, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get("/en/contact/").status_code == 302
    assert client.get("/en/about/contact-us/").status_code == 302
    assert Page.objects.filter(alias_of=site_tree.standard).count() == 1
