"""Outdated translations in the edit form: marked, and confirmable.

Beside each translation whose English changed since it was made, the edit
form shows a mark, what changed in the English (a word diff of the English
the translation was made from and today's), and a box "Still valid": ticked
and saved, it records today's English as the one the translation fits,
without retyping it. The box posts `translation_still_valid=<field>` (the
prefixed name, e.g. `demands-0-text_ja`), read on save by confirm_still_valid;
only fields the user may change count, so a translator confirms Chinese,
Japanese and Korean text only.
"""

from django.utils.html import format_html
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from cccea_site.languages.fingerprints import Fingerprints, english_value
from cccea_site.languages.services import mark_still_valid, with_inline_items
from cccea_site.languages.translated_fields import translated_field_names
from cccea_site.languages.translation_status import target_languages
from cccea_site.languages.word_diff import word_diff_html

STILL_VALID = "translation_still_valid"


def fingerprints_of_page_form(form):
    """The fingerprints of a page form's page and inline items, one query."""
    objects = [form.instance]
    for formset in form.formsets.values():
        objects.extend(item.instance for item in formset.forms)
    return Fingerprints(objects)


def fingerprints_of_form(form):
    return Fingerprints(with_inline_items(form.instance) if form.instance.pk else [])


def outdated_help(form, fingerprints, name, language, help_text):
    """The help text of an outdated field: the mark, the diff, the box."""
    obj = form.instance
    if not fingerprints.is_outdated(obj, name, language):
        return help_text
    field_name = form.add_prefix(build_localized_fieldname(name, language))
    diff = word_diff_html(
        fingerprints.old_english(obj, name, language), english_value(obj, name)
    )
    return format_html(
        '<span class="english-source__outdated"><strong>{mark}</strong> {changes}'
        '<label class="english-source__still-valid"><input type="checkbox" '
        'name="{box}" value="{field}"> {still_valid}</label></span>{help}',
        mark=_("Outdated: the English changed since this was translated."),
        changes=format_html("{} {}", _("Changes in English:"), diff) if diff else "",
        box=STILL_VALID,
        field=field_name,
        still_valid=_("Still valid: the English change needs no new translation"),
        help=format_html(" {}", help_text) if help_text else "",
    )


def confirmable_fields(form):
    """{posted name: (field, language)} of the translations `form` lets its
    user change."""
    found = {}
    for name in translated_field_names(form._meta.model):
        for language in target_languages():
            field_name = build_localized_fieldname(name, language)
            field = form.fields.get(field_name)
            if field is not None and not field.disabled:
                found[form.add_prefix(field_name)] = (name, language)
    return found


def confirm_still_valid(form, ticked):
    """Record today's English for each ticked translation of `form`."""
    if form.instance.pk is None:
        return
    for posted_name, (name, language) in confirmable_fields(form).items():
        if posted_name in ticked:
            mark_still_valid(form.instance, name, language)


def confirm_ticked_translations(form):
    """On save: the boxes ticked in a page, snippet or settings form and in
    its inline items' forms."""
    if not form.is_bound:
        return
    ticked = set(form.data.getlist(STILL_VALID))
    if not ticked:
        return
    confirm_still_valid(form, ticked)
    for formset in getattr(form, "formsets", {}).values():
        for item_form in formset.forms:
            confirm_still_valid(item_form, ticked)
