"""While translating, the English text sits directly above each field.

wagtail-modeltranslation gives each language its own field (`body_ja`), and a
translator usually shows only the language they work in, so the English they
translate from is out of sight. Each Chinese, Japanese and Korean field of a
form gets the English value, read-only, in its help text (which the admin
shows above the input and links to it with aria-describedby), and a mark when
it is still empty: visitors then read the English.

The text is stripped of markup: it is for reading, not for copying formatting.
A long text (a page body) is folded into a <details> element that opens on a
click, so a form full of fields stays short.

A translation made from English that has changed since is marked outdated,
with what changed in the English and a box to confirm it still fits
(cccea_site.languages.outdated_fields).
"""

from django.conf import settings
from django.utils.html import format_html, strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from cccea_site.languages.translated_fields import has_content, translated_field_names

# Shown in full above the field; longer texts fold, showing their start.
SHORT_TEXT_CHARACTERS = 160
SUMMARY_CHARACTERS = 60


def show_english_sources(form, fingerprints=None):
    """Put the English text above every translation field of `form`, and
    with `fingerprints` (cccea_site.languages.fingerprints.Fingerprints of
    the form's object), mark the outdated translations."""
    from cccea_site.languages.outdated_fields import outdated_help

    model = form._meta.model
    english = settings.LANGUAGE_CODE
    for name in translated_field_names(model):
        source = plain_text(form.initial.get(build_localized_fieldname(name, english)))
        for language, _language_name in settings.LANGUAGES:
            if language == english:
                continue
            field = form.fields.get(build_localized_fieldname(name, language))
            if field is None or not source:
                continue
            target = form.initial.get(build_localized_fieldname(name, language))
            help_text = field.help_text
            if fingerprints is not None:
                help_text = outdated_help(form, fingerprints, name, language, help_text)
            field.help_text = english_source_help(
                source, help_text, translated=has_content(target)
            )


def plain_text(value):
    """The words of a text or rich-text value, whitespace collapsed."""
    if not value or not isinstance(value, str):
        return ""
    return " ".join(strip_tags(value).split())


def english_source_help(source, help_text, translated):
    """Help text: the untranslated mark, the English source, the field's own help."""
    mark = (
        ""
        if translated
        else format_html(
            '<strong class="english-source__missing">{}</strong> ',
            _("Not translated yet: visitors see the English."),
        )
    )
    return format_html(
        '{}<span class="english-source">{}</span>{}',
        mark,
        english_source_block(source),
        format_html(" {}", help_text) if help_text else "",
    )


def english_source_block(source):
    label = _("English:")
    if len(source) <= SHORT_TEXT_CHARACTERS:
        return format_html('{} <q lang="en">{}</q>', label, source)
    start = Truncator(source).chars(SUMMARY_CHARACTERS)
    return format_html(
        '<details class="english-source__long"><summary>{} <span lang="en">{}'
        '</span></summary><span lang="en">{}</span></details>',
        label,
        start,
        source,
    )
