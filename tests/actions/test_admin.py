"""Editors write an action as a snippet and attach it to a case page."""

import pytest
from bs4 import BeautifulSoup

from actions.factories import ActionFactory
from actions.models import Action
from tests.admin_forms import edit_url, form_errors, submit_form_at

pytestmark = pytest.mark.django_db


def test_an_editor_attaches_an_action_and_the_case_shows_it(editor, site_tree):
    action = ActionFactory()

    response = submit_form_at(
        editor,
        edit_url(site_tree.case),
        "action-publish",
        None,
        {"attached_action": str(action.pk)},
    )

    assert response.status_code == 302, form_errors(response.content.decode())

    site_tree.case.refresh_from_db()
    assert site_tree.case.attached_action == action
    html = editor.get("/ja/campaigns/example-severance-case/").content.decode()
    assert "Pay the workers now [ja]" in html


def test_the_action_snippet_has_a_field_per_language(editor):
    html = editor.get("/admin/snippets/actions/action/add/").content.decode()
    for field in ("title", "text", "consent_notice", "thanks_text"):
        for suffix in ("en", "zh_hant", "ja", "ko"):
            assert f'name="{field}_{suffix}"' in html, f"{field}_{suffix}"


def test_an_editor_creates_an_action(editor):
    data = {
        "kind": "petition",
        "title_en": "Stop the union busting",
        "text_en": "Reinstate the dismissed union leaders.",
        "asks_country": "on",
        "retention_days": "90",
    }
    created = editor.post("/admin/snippets/actions/action/add/", data)

    assert created.status_code == 302
    assert Action.objects.get().title_en == "Stop the union busting"


def test_closing_by_hand_records_when(db):
    action = ActionFactory(closed_by_hand=True)
    assert action.closed_at is not None
    action.closed_by_hand = False
    action.save()
    assert action.closed_at is None and action.is_open()


def test_no_form_control_hides_the_edit_forms_address(editor, site_tree):
    """A control named "action" would stand for form.action in scripts, and
    Wagtail's autosave would post to ".../edit/[object HTMLInputElement]"."""
    html = editor.get(edit_url(site_tree.case)).content.decode()
    form = BeautifulSoup(html, "html.parser").find("form", id="page-edit-form")
    clobbering = form.find_all(attrs={"name": ["action", "method"]})
    assert clobbering == []
