"""A translator's save leaves the page's stored names English; each admin
user sees titles in their own admin language where one exists."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page
from wagtail.users.models import UserProfile

from tests.admin_forms import submit_edit_form


def admin_user(client, username, language):
    user = get_user_model().objects.create_superuser(
        username, f"{username}@e.org", "pw"
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def japanese_translator(client, db):
    return admin_user(client, "translator", "ja")


def explorer(client, parent):
    response = client.get(reverse("wagtailadmin_explore", args=[parent.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_a_translators_draft_keeps_the_english_names(japanese_translator, site_tree):
    page = site_tree.standard
    response = submit_edit_form(
        japanese_translator, page, title_ja="お問い合わせ（新しい題）"
    )
    assert response.status_code == 302

    stored = Page.objects.get(pk=page.pk)
    assert stored.__dict__["title"] == "Contact"
    assert stored.draft_title == "Contact"
    assert stored.get_latest_revision().object_str == "Contact"


def test_each_admin_user_sees_titles_in_their_language(client, site_tree):
    english_editor = admin_user(client, "editor", "en")
    listing = explorer(english_editor, site_tree.home)
    assert "Contact" in listing
    assert "Contact [ja]" not in listing

    client.logout()
    japanese = admin_user(client, "translator", "ja")
    assert "Contact [ja]" in explorer(japanese, site_tree.home)
