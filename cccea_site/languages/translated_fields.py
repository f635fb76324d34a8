"""Which language a translated field's value is shown in, and whether it fell back.

django-modeltranslation returns the visitor's language or silently falls back
to English; nothing tells which. Templates need to know, to mark fallen-back
text `lang="en"` (screen readers, CJK line breaking) and to tell the visitor.
`resolve()` walks the same language order as modeltranslation's descriptor and
returns the value together with the language it came from.
"""

import functools
import re

from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from modeltranslation.fields import TranslationField
from modeltranslation.settings import AVAILABLE_LANGUAGES
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import (
    build_localized_fieldname,
    get_language,
    resolution_order,
)
from wagtail.fields import RichTextField, StreamValue

# Rich text can hold nothing but an image or an embed and still be content.
MEDIA_IN_RICH_TEXT = re.compile(r"<(embed|img|iframe)\b", re.IGNORECASE)


def has_content(value):
    """True when a field value would show something to a reader.

    Empty rich text such as `<p data-block-key="x"></p>` counts as empty
    (STACK.md gotcha 5), and so does text that is only whitespace.
    """
    if value is None:
        return False
    if isinstance(value, StreamValue):
        return len(value) > 0
    if isinstance(value, str):
        if "<" in value:
            return bool(strip_tags(value).strip() or MEDIA_IN_RICH_TEXT.search(value))
        return bool(value.strip())
    return True


class TranslatedValue:
    """A field value with the language it is written in."""

    def __init__(self, value, language, requested_language):
        self.value = value
        self.language = language
        self.requested_language = requested_language

    @property
    def is_fallback(self):
        return self.language != self.requested_language

    @property
    def lang_attr(self):
        """` lang="en"` for an element holding fallen-back text, else nothing."""
        if self.is_fallback:
            return format_html(' lang="{}"', self.language)
        return mark_safe("")

    def __bool__(self):
        return has_content(self.value)

    def __str__(self):
        return "" if self.value is None else str(self.value)

    def __repr__(self):
        return f"TranslatedValue({self.value!r}, {self.language!r})"


def in_every_language(instance, field_name):
    """The field's stored value in each language, in LANGUAGES order."""
    return [
        getattr(instance, build_localized_fieldname(field_name, code), None)
        for code in AVAILABLE_LANGUAGES
    ]


def resolve(instance, field_name, language=None):
    """The value of `field_name` for `language` (default: the active one).

    Tries the language, then the fallback languages; the first value with
    content wins. When none has content, returns an empty value in the
    requested language, so templates skip it instead of showing a notice.
    """
    language = language or get_language()
    for candidate in resolution_order(language):
        value = getattr(
            instance, build_localized_fieldname(field_name, candidate), None
        )
        if has_content(value):
            return TranslatedValue(value, candidate, language)
    return TranslatedValue(None, language, language)


# Registered by wagtail-modeltranslation on every page, but optional in every
# language and never shown as text: not part of a page's translated text.
OPTIONAL_FIELDS = {"slug", "url_path", "seo_title", "search_description"}


@functools.cache
def translated_field_names(model):
    """The text fields of `model` registered with modeltranslation, title
    first, then in the order the model declares them.

    The registration in each app's translation.py is the only list: pages,
    inline items, snippets and settings all read it from here.
    """
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return ()
    names = [name for name in options.all_fields if name not in OPTIONAL_FIELDS]
    # In the order the model declares them: modeltranslation's own order
    # comes partly from sets and changed from one process to the next, and
    # search excerpts join the fields in this order.
    declared = {
        field.name: index for index, field in enumerate(model._meta.get_fields())
    }
    return tuple(
        sorted(
            names, key=lambda name: (name != "title", declared.get(name, len(declared)))
        )
    )


class RegisteredTranslatedFields:
    """`Model.translated_fields`: translated_field_names(Model), read-only."""

    def __get__(self, instance, owner):
        return translated_field_names(owner)


class TranslatedFields(dict):
    """Resolved fields of one object, by field name, with the object itself.

    Templates read `item.title.value`, `item.title.lang_attr` and `item.object`.
    """

    def __init__(self, obj, field_names, language=None):
        super().__init__((name, resolve(obj, name, language)) for name in field_names)
        self.object = obj

    @property
    def has_fallback(self):
        return any(value.is_fallback for value in self.values())


def resolve_fields(obj, field_names=None, language=None):
    """All of `obj`'s translated fields resolved, or only those named."""
    if field_names is None:
        field_names = translated_field_names(type(obj))
    return TranslatedFields(obj, field_names, language)


def resolve_each(objects, field_names=None, language=None):
    """resolve_fields() for each object."""
    return [resolve_fields(obj, field_names, language) for obj in objects]


def any_fallback(values):
    """True when any TranslatedFields among `values` (or in lists there) fell back."""
    for value in values:
        if isinstance(value, TranslatedFields) and value.has_fallback:
            return True
        if isinstance(value, (list, tuple)) and any_fallback(value):
            return True
    return False


def blank_empty_rich_text(instance):
    """Store empty rich-text markup as "" in every language, so fallback works."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, TranslationField) and isinstance(field, RichTextField):
            value = getattr(instance, field.attname)
            if isinstance(value, str) and value and not has_content(value):
                setattr(instance, field.attname, "")
