"""Submitting Wagtail admin edit forms the way a browser does."""

from bs4 import BeautifulSoup
from django.urls import reverse

from tests.conftest import LANGUAGES

# Input types a browser does not submit as form data (buttons) or that a
# test cannot fill in (files).
UNSUBMITTED_INPUT_TYPES = {"submit", "button", "reset", "image", "file"}


def localized(field_name):
    """The form field names for `field_name` in each language, e.g. title_ja."""
    return [f"{field_name}_{code.replace('-', '_')}" for code in LANGUAGES]


def edit_url(page):
    """The Wagtail admin edit view of `page`."""
    return reverse("wagtailadmin_pages:edit", args=[page.id])


# The edit forms' ids: a page's, and a snippet's (Wagtail's generic form).
EDIT_FORM_IDS = ["page-edit-form", "w-editor-form"]


def edit_form(html):
    """The page or snippet edit <form> element of an edit view's HTML."""
    form = BeautifulSoup(html, "html.parser").find("form", id=EDIT_FORM_IDS)
    assert form is not None, "no edit form in the response"
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


def add_url(model, parent):
    """The Wagtail admin view that creates a `model` page under `parent`."""
    meta = model._meta
    return reverse(
        "wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.id]
    )


def submit_edit_form(client, page, action=None, *, script_data=None, **changes):
    """Open the edit view, change `changes` in its form and submit it.

    A list sets the chosen entries of a multiple select. `action` is the
    button pressed ("action-publish"); None saves a draft. `script_data`
    adds what the admin's scripts would add, such as the workflow action
    chosen.
    """
    return submit_form_at(client, edit_url(page), action, script_data, changes)


def submit_create_form(client, model, parent, action=None, **fields):
    """Open the create view of a `model` page under `parent`, fill in
    `fields` and submit it, as submit_edit_form does."""
    return submit_form_at(client, add_url(model, parent), action, None, fields)


def submitted_values(value):
    """What a browser posts for a changed field: None for an unticked box or
    an empty multiple select, a list for the entries of a multiple select."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    return [value]


def submit_form_at(client, url, action, script_data, changes):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    data = form_data(html)
    for name, value in changes.items():
        # An unticked checkbox is in the form but not in its data.
        assert edit_form(html).find(attrs={"name": name}), f"no field {name}"
        data[name] = submitted_values(value)
    if action:
        data[action] = [action]
    for name, value in (script_data or {}).items():
        data[name] = [value]
    return client.post(url, data)


def publish_from_edit_form(client, page, **changes):
    """Open the edit view, change `changes` in its form, and publish.

    Fails with the form's error messages when the view shows the form again
    instead of redirecting.
    """
    response = submit_edit_form(client, page, "action-publish", **changes)

    errors = (
        form_errors(response.content.decode()) if response.status_code == 200 else []
    )
    assert response.status_code == 302, f"publishing failed: {errors}"
    return response
