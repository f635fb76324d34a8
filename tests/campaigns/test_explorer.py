"""Editors find the way to a new case from the page explorer."""

from django.urls import reverse


def test_the_campaign_list_row_offers_to_add_a_case(editor, site_tree):
    explorer = reverse("wagtailadmin_explore", args=[site_tree.home.pk])
    html = editor.get(explorer).content.decode()
    add_case = reverse(
        "wagtailadmin_pages:add",
        args=["campaigns", "campaignpage", site_tree.campaigns.pk],
    )
    assert f'href="{add_case}"' in html
    assert "Add a case" in html
