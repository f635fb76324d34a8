"""`manage.py update_database`, which every deployment runs, fills missing
language paths and leaves a complete tree alone (rewriting it page by page
took minutes at 10,000 cases)."""

from unittest import mock

import pytest
from django.core.management import call_command
from wagtail.models import Page

from cccea_site.management.commands import update_database


@pytest.fixture
def deployed_tree(site_tree):
    """The tree as a deployment has it: Wagtail's welcome page, which the
    test tree keeps beside the home page with the same slug, is gone."""
    Page.objects.get(depth=2, content_type__model="page").delete()
    return site_tree


def test_a_deployment_over_a_complete_tree_rewrites_no_page(deployed_tree):
    with mock.patch.object(Page, "save") as page_save:
        call_command("update_database", verbosity=0)
    page_save.assert_not_called()


def test_a_page_missing_its_japanese_path_gets_it_back(deployed_tree):
    site_tree = deployed_tree
    Page.objects.filter(pk=site_tree.about.pk).update(url_path_ja="")
    assert update_database.pages_missing_a_url_path().count() == 1

    call_command("update_database", verbosity=0)

    site_tree.about.refresh_from_db()
    assert site_tree.about.url_path_ja == "/home/about/"  # the English slug
    assert not update_database.pages_missing_a_url_path().exists()
