"""What a staff editor notices when editing a translated page in the Wagtail admin.

The edit view shows one field per language for each translated field
(title_en, title_zh_hant, title_ja, title_ko, ...). An editor who changes one
language and publishes changes only that language on the live site. A
translation left empty in the editor is stored as "" when the form is posted
back unchanged, so visitors get the English text, marked lang="en", instead
of nothing.

The round trip goes through the edit form as a browser submits it: every
field's current value from the rendered HTML, with only the edited one changed.
"""

from bs4 import BeautifulSoup
from django.test import Client

from tests.admin_forms import edit_url, form_data, localized, publish_from_edit_form

NEW_KOREAN_TITLE = "우리에 대하여 (수정됨)"


def public_page(path):
    """The parsed HTML of `path` as an anonymous visitor gets it."""
    response = Client().get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_edit_view_shows_every_language(editor, site_tree):
    response = editor.get(edit_url(site_tree.about))

    assert response.status_code == 200
    data = form_data(response.content.decode())
    for name in localized("title") + localized("who_we_are"):
        assert name in data, f"the edit form has no field {name}"
    assert data["title_ko"] == ["About us [ko]"]


def test_publishing_a_korean_title_changes_only_korean(editor, site_tree):
    page = site_tree.about

    publish_from_edit_form(editor, page, title_ko=NEW_KOREAN_TITLE)

    korean = public_page("/ko/about/")
    assert korean.h1.get_text(strip=True) == NEW_KOREAN_TITLE
    assert korean.title.get_text().startswith(NEW_KOREAN_TITLE)
    english = public_page("/en/about/")
    assert english.h1.get_text(strip=True) == "About us"
    assert english.title.get_text().startswith("About us")

    page.refresh_from_db()
    assert page.title_ko == NEW_KOREAN_TITLE
    assert page.title_en == "About us"
    assert page.title_zh_hant == "About us [zh-hant]"
    assert page.title_ja == "About us [ja]"


def test_empty_korean_rich_text_posted_back_falls_back_to_english(editor, site_tree):
    page = site_tree.about
    page.who_we_are_ko = ""
    page.save_revision().publish()

    publish_from_edit_form(editor, page, title_ko=NEW_KOREAN_TITLE)

    page.refresh_from_db()
    assert page.who_we_are_ko == ""
    korean = public_page("/ko/about/")
    fallback = korean.find(string=lambda text: "Who we are [en]" in text)
    assert fallback is not None, "the English fallback is not on the Korean page"
    assert fallback.find_parent(attrs={"lang": "en"}) is not None


def test_the_language_picker_keeps_the_chosen_languages_across_saves(editor, site_tree):
    """The picker's script is told to restore what the translator chose."""
    html = editor.get(edit_url(site_tree.about)).content.decode()
    assert "locale_picker_restore: true" in html


def test_no_copy_content_buttons_that_do_nothing(editor, site_tree):
    """wagtail-modeltranslation's "Copy content from" buttons are for
    StreamFields; the site has none, and on inline panels they did nothing."""
    page = site_tree.case
    html = editor.get(edit_url(page)).content
    assert b"copy_stream_fields.js" not in html
    # Nor their endpoint, which skipped CSRF and page permissions.
    copy_url = f"/admin/pages/{page.id}/edit/copy_translation_content/"
    assert editor.post(copy_url, follow=True).status_code == 404
