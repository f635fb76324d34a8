"""Editors find pages in the admin by their title in any language."""

import pytest


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    return client


@pytest.mark.parametrize("query", ["Vision", "ビジョン", "비전"])
def test_page_search_matches_titles_in_every_language(editor_client, site_tree, query):
    site_tree.vision.title_ja = "ビジョン"
    site_tree.vision.title_ko = "비전"
    site_tree.vision.save_revision().publish()

    response = editor_client.get("/admin/pages/search/", {"q": query})

    assert response.status_code == 200
    assert f"/admin/pages/{site_tree.vision.id}/edit/" in response.content.decode()
