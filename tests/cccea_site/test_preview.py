"""Editors, translators and moderators preview every page type, in every
language, from a draft or a revision, in the admin's preview panel."""

import pytest
from django.urls import reverse

from tests.admin_forms import form_data
from tests.cccea_site.test_pages_render import PAGE_NAMES
from tests.conftest import LANGUAGES


def assert_embeddable_by_the_admin(response):
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_page_type_previews_from_a_revision_in_every_language(site_tree, name):
    page = getattr(site_tree, name)
    page.specific.save_revision()
    draft = page.specific.get_latest_revision().as_object()
    for language in LANGUAGES:
        response = draft.make_preview_request(preview_mode=language)
        assert response.status_code == 200, (name, language)
        assert f'<html lang="{language}">' in response.content.decode()
        assert_embeddable_by_the_admin(response)


def test_a_moderator_views_a_case_revision(editor, site_tree):
    case = site_tree.case
    revision = case.save_revision()
    url = reverse("wagtailadmin_pages:revisions_view", args=[case.pk, revision.pk])
    response = editor.get(url)
    assert response.status_code == 200
    assert "Example severance case" in response.content.decode()


def test_the_preview_panel_shows_the_unsaved_case_in_the_chosen_language(
    editor, site_tree
):
    case = site_tree.case
    edit = editor.get(reverse("wagtailadmin_pages:edit", args=[case.pk]))
    data = form_data(edit.content.decode())
    data["title_ja"] = ["未保存のタイトル"]
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[case.pk])
    assert editor.post(preview_url, data).json()["is_valid"]

    response = editor.get(preview_url, {"mode": "ja"})

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ja">' in html
    assert "未保存のタイトル" in html
    assert_embeddable_by_the_admin(response)


def test_public_pages_still_refuse_to_be_framed(client, site_tree):
    response = client.get("/en/campaigns/example-severance-case/")
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
