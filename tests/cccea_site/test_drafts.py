"""Drafts stay invisible to visitors until published; editors can preview them."""

import pytest
from django.urls import reverse

from cccea_site.factories import StandardPageFactory


@pytest.fixture
def draft(site_tree):
    page = StandardPageFactory(
        parent=site_tree.home, title="Draft news", slug="draft-news", live=False
    )
    page.save_revision()
    return page


@pytest.mark.parametrize("language", ["en", "ja"])
def test_draft_is_not_found_by_visitors(client, draft, language):
    assert client.get(f"/{language}/draft-news/").status_code == 404


def test_draft_is_left_out_of_menus(client, site_tree, draft):
    draft.show_in_menus = True
    draft.save()
    assert "Draft news" not in client.get("/en/").content.decode()


def test_editor_sees_the_draft_in_preview(client, draft, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[draft.id]))

    assert response.status_code == 200
    assert "Draft news" in response.content.decode()


def test_published_page_appears(client, draft):
    draft.save_revision().publish()
    assert client.get("/en/draft-news/").status_code == 200


def test_unpublished_page_disappears(client, site_tree):
    site_tree.vision.unpublish()
    assert client.get("/en/about/vision/").status_code == 404
