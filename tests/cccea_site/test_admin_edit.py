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

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from tests.conftest import LANGUAGES

NEW_KOREAN_TITLE = "우리에 대하여 (수정됨)"

# Input types a browser does not submit as form data (buttons) or that a
# test cannot fill in (files).
UNSUBMITTED_INPUT_TYPES = {"submit", "button", "reset", "image", "file"}


def localized(field_name):
    """The form field names for `field_name` in each language, e.g. title_ja."""
    return [f"{field_name}_{code.replace('-', '_')}" for code in LANGUAGES]


def edit_url(page):
    """The Wagtail admin edit view of `page`."""
    return reverse("wagtailadmin_pages:edit", args=[page.id])


def edit_form(html):
    """The page edit <form> element of an edit view's HTML."""
    form = BeautifulSoup(html, "html.parser").find("form", id="page-edit-form")
    assert form is not None, "no page edit form in the response"
    return form


def is_submitted(element):
    """False for controls a browser leaves out of the form's data set.

    Controls without a name, disabled ones, and those inside a <template>
    (inline panels' blank forms, which are only copied in by JavaScript).
    """
    if not element.get("name") or element.has_attr("disabled"):
        return False
    return element.find_parent("template") is None


def form_data(html):
    """The edit form's data as a browser would submit it, by field name.

    Each name maps to a list of values, as a browser may send a name more
    than once (e.g. a multiple select). Unchecked checkboxes and radios send
    nothing; a select sends its selected options, or its first option.
    """
    data = {}
    for element in edit_form(html).find_all(["input", "textarea", "select"]):
        if not is_submitted(element):
            continue
        name = element["name"]
        if element.name == "textarea":
            # The HTML parser drops one newline right after <textarea>.
            values = [element.get_text().removeprefix("\n")]
        elif element.name == "select":
            options = element.find_all("option")
            selected = [option for option in options if option.has_attr("selected")]
            if not selected and options and not element.has_attr("multiple"):
                selected = options[:1]
            values = [option.get("value", option.get_text()) for option in selected]
        else:
            input_type = element.get("type", "text").lower()
            if input_type in UNSUBMITTED_INPUT_TYPES:
                continue
            if input_type in {"checkbox", "radio"}:
                if not element.has_attr("checked"):
                    continue
                values = [element.get("value", "on")]
            else:
                values = [element.get("value", "")]
        data.setdefault(name, []).extend(values)
    return data


def form_errors(html):
    """The error messages an edit view shows; a field's own starts with its name."""
    soup = BeautifulSoup(html, "html.parser")
    errors = []
    for message in soup.select(".messages li, .error-message"):
        text = " ".join(message.get_text().split())
        field = message.find_parent(class_="w-field")
        control = field and field.find(
            ["input", "textarea", "select"], attrs={"name": True}
        )
        errors.append(f"{control['name']}: {text}" if control else text)
    return errors


def publish_from_edit_form(client, page, **changes):
    """Open the edit view, change `changes` in its form, and publish.

    Fails with the form's error messages when the view shows the form again
    instead of redirecting.
    """
    url = edit_url(page)
    response = client.get(url)
    assert response.status_code == 200
    data = form_data(response.content.decode())
    for name, value in changes.items():
        assert name in data, f"the edit form has no field {name}"
        data[name] = [value]
    data["action-publish"] = ["action-publish"]

    response = client.post(url, data)

    errors = (
        form_errors(response.content.decode()) if response.status_code == 200 else []
    )
    assert response.status_code == 302, f"publishing failed: {errors}"
    return response


def public_page(path):
    """The parsed HTML of `path` as an anonymous visitor gets it."""
    response = Client().get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def editor(client, db):
    """The test client, logged in as a superuser."""
    user = get_user_model().objects.create_superuser(
        username="editor", email="editor@example.com", password="unused"
    )
    client.force_login(user)
    return client


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
