"""Editors add and edit news and publications in the admin."""

import pytest
from django.urls import reverse

from tests.admin_forms import edit_url, form_data, localized, publish_from_edit_form


@pytest.mark.parametrize("name", ["news_index", "news", "publications", "publication"])
def test_the_edit_view_shows_every_language(editor, site_tree, name):
    page = getattr(site_tree, name)
    response = editor.get(edit_url(page))
    assert response.status_code == 200
    data = form_data(response.content.decode())
    for field in localized("title"):
        assert field in data


@pytest.mark.parametrize(
    ("parent", "model"),
    [("news_index", "newspage"), ("publications", "publicationpage")],
)
def test_editors_add_items_under_their_index(editor, site_tree, parent, model):
    url = reverse(
        "wagtailadmin_pages:add", args=["news", model, getattr(site_tree, parent).pk]
    )
    assert editor.get(url).status_code == 200


def test_publication_files_are_chosen_per_language(editor, site_tree):
    data = form_data(editor.get(edit_url(site_tree.publication)).content.decode())
    for field in ("document_en", "document_zh_hant", "document_ja", "document_ko"):
        assert field in data


def test_publishing_a_korean_summary_through_the_form(editor, site_tree):
    publish_from_edit_form(editor, site_tree.publication, summary_ko="요약 (수정됨)")
    site_tree.publication.refresh_from_db()
    assert site_tree.publication.summary_ko == "요약 (수정됨)"
    assert site_tree.publication.document_en is not None


def test_editors_and_translators_may_edit_topics(db):
    from django.contrib.auth.models import Group

    editors = Group.objects.get(name="Editors").permissions.values_list(
        "codename", flat=True
    )
    assert {"add_topic", "change_topic", "delete_topic"} <= set(editors)
    translators = Group.objects.get(name="Translators").permissions.values_list(
        "codename", flat=True
    )
    assert "change_topic" in translators
    assert "delete_topic" not in translators
