"""What is left to translate: per page and language, the fields still empty
and those outdated (their English changed since they were translated,
cccea_site.languages.fingerprints).

Pages (with their inline items: demands, updates, commitments…) and every
other translated model that stands alone: snippets such as brands, and the
site settings. A field counts when its English text exists (an unused field
is not work to do). Slugs and SEO fields are left out: they are optional in
every language. The admin report and `manage.py translation_status` both
read this.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.utils.text import capfirst
from modelcluster.fields import ParentalKey
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from cccea_site.languages.translated_fields import (
    has_content,
    translated_field_names,
)


def target_languages():
    """The languages translators work into: all but the source (English)."""
    return [
        code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
    ]


def inline_relations(model):
    """(relation name, child model) of the translated inline items of a page."""
    return [
        (relation.get_accessor_name(), relation.related_model)
        for relation in model._meta.related_objects
        if isinstance(relation.field, ParentalKey)
        and translated_field_names(relation.related_model)
    ]


def page_models():
    """Every page type editors create, in a stable order."""
    from cccea_site.pages.base import TranslatedPage

    return sorted(
        (model for model in apps.get_models() if issubclass(model, TranslatedPage)),
        key=lambda model: model._meta.label,
    )


def is_inline_item(model):
    """A page's demand, update, commitment…: counted with its page."""
    return any(isinstance(field, ParentalKey) for field in model._meta.fields)


def standalone_models():
    """Translated models edited on their own: snippets (brands), settings."""
    return sorted(
        (
            model
            for model in translator.get_registered_models(abstract=False)
            if not issubclass(model, Page)
            and not is_inline_item(model)
            and translated_field_names(model)
        ),
        key=lambda model: model._meta.label,
    )


def reported_models():
    """Pages first, then the other translated models."""
    return [*page_models(), *standalone_models()]


@dataclass
class FieldToTranslate:
    """One text to translate: `label` as editors see it, e.g. "Demands 2: demand"."""

    label: str
    obj: object
    name: str

    def is_filled(self, language):
        return has_content(
            getattr(self.obj, build_localized_fieldname(self.name, language))
        )

    def is_outdated(self, language, fingerprints):
        return fingerprints.is_outdated(self.obj, self.name, language)


@dataclass
class TranslationStatus:
    """One page, brand or settings object, and what is left to translate."""

    item: object
    fields: list
    missing: dict = field(default_factory=dict)  # language -> [labels]
    outdated: dict = field(default_factory=dict)  # language -> [labels]

    @property
    def type_label(self):
        return str(capfirst(self.item._meta.verbose_name))

    @property
    def is_page(self):
        return isinstance(self.item, Page)

    @property
    def name(self):
        """How the admin names it: a page's title in the admin language."""
        if self.is_page:
            return self.item.get_admin_display_title()
        return str(self.item)

    @property
    def reference(self):
        """A stable, language-independent name for the command's output."""
        if self.is_page:
            return self.item.url_path_en or self.item.title_en
        return f"{self.item._meta.label_lower}:{self.item.pk}"

    def edit_url(self, url_finder):
        """Where to edit it, or None when the finder's user may not."""
        return url_finder.get_edit_url(self.item)

    @property
    def total(self):
        return len(self.fields)

    def is_done(self):
        """Nothing missing or outdated in any language reported."""
        return not any(self.missing.values()) and not any(self.outdated.values())

    def filled(self, language):
        return self.total - len(self.missing[language])

    def up_to_date(self, language):
        return self.filled(language) - len(self.outdated.get(language, []))

    def per_language(self):
        """A LanguageStatus for each language reported."""
        return [
            LanguageStatus(
                language,
                self.filled(language),
                self.up_to_date(language),
                missing,
                self.outdated.get(language, []),
            )
            for language, missing in self.missing.items()
        ]


@dataclass
class LanguageStatus:
    """One item's fields in one language: how many are filled and up to
    date, and the labels of those missing and outdated."""

    language: str
    filled: int
    up_to_date: int
    missing: list
    outdated: list


def fields_to_translate(obj):
    """The object's own texts and its inline items' texts that have English."""
    english = settings.LANGUAGE_CODE
    found = [
        FieldToTranslate(
            str(capfirst(obj._meta.get_field(name).verbose_name)), obj, name
        )
        for name in translated_field_names(type(obj))
    ]
    for relation, child_model in inline_relations(type(obj)):
        heading = str(capfirst(child_model._meta.verbose_name_plural))
        for number, item in enumerate(getattr(obj, relation).all(), start=1):
            for name in translated_field_names(child_model):
                label = f"{heading} {number}: {child_model._meta.get_field(name).verbose_name}"
                found.append(FieldToTranslate(label, item, name))
    return [item for item in found if item.is_filled(english)]


def objects_of(model):
    """Every object of `model` (page drafts included): pages in tree order."""
    relations = [name for name, _child in inline_relations(model)]
    order = "path" if issubclass(model, Page) else "pk"
    return model.objects.order_by(order).prefetch_related(*relations)


def translation_statuses(languages=None, item_type=None, needs_work=False):
    """A TranslationStatus per page, snippet and settings object: those with
    something left to translate first; pages before the rest, in tree order.

    `item_type` is a model name such as "campaignpage" or "brand";
    `languages` defaults to every language but English; `needs_work` leaves
    out what has nothing missing or outdated in them. Queries: two per
    model, plus one per inline relation, plus one for the fingerprints.
    """
    from cccea_site.languages.fingerprints import Fingerprints

    languages = languages or target_languages()
    fingerprints = Fingerprints.of_everything()
    statuses = []
    for model in reported_models():
        if item_type and model._meta.model_name != item_type:
            continue
        for obj in objects_of(model):
            status = TranslationStatus(obj, fields_to_translate(obj))
            for language in languages:
                status.missing[language] = [
                    item.label for item in status.fields if not item.is_filled(language)
                ]
                status.outdated[language] = [
                    item.label
                    for item in status.fields
                    if item.is_outdated(language, fingerprints)
                ]
            if not (needs_work and status.is_done()):
                statuses.append(status)
    return sorted(statuses, key=report_order)


def report_order(status):
    """Unfinished first; in each group pages in tree order, then the rest
    (a stable sort keeps those in model order)."""
    path = status.item.path if status.is_page else ""
    return (status.is_done(), not status.is_page, path)


def item_type_choices():
    return [
        (model._meta.model_name, capfirst(model._meta.verbose_name))
        for model in reported_models()
    ]
