"""What is left to translate: per page and language, the fields still empty.

A field counts when its English text exists (an unused field is not work to
do). Slugs and SEO fields are left out: they are optional in every language.
The admin report and `manage.py translation_status` both read this.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.utils.text import capfirst
from modelcluster.fields import ParentalKey
from modeltranslation.utils import build_localized_fieldname

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


@dataclass
class PageTranslationStatus:
    page: object
    fields: list
    missing: dict = field(default_factory=dict)  # language -> [labels]

    @property
    def page_type(self):
        return str(capfirst(self.page._meta.verbose_name))

    @property
    def total(self):
        return len(self.fields)

    def is_done(self):
        """Nothing missing in any language reported."""
        return not any(self.missing.values())

    def filled(self, language):
        return self.total - len(self.missing[language])

    def per_language(self):
        """(language, fields filled, labels missing) for each language reported."""
        return [
            (language, self.filled(language), missing)
            for language, missing in self.missing.items()
        ]


def fields_to_translate(page):
    """The page's own texts and its inline items' texts that have English."""
    english = settings.LANGUAGE_CODE
    found = [
        FieldToTranslate(
            str(capfirst(page._meta.get_field(name).verbose_name)), page, name
        )
        for name in translated_field_names(type(page))
    ]
    for relation, child_model in inline_relations(type(page)):
        heading = str(capfirst(child_model._meta.verbose_name_plural))
        for number, item in enumerate(getattr(page, relation).all(), start=1):
            for name in translated_field_names(child_model):
                label = f"{heading} {number}: {child_model._meta.get_field(name).verbose_name}"
                found.append(FieldToTranslate(label, item, name))
    return [item for item in found if item.is_filled(english)]


def translation_statuses(languages=None, page_type=None):
    """A PageTranslationStatus per page (drafts included): pages with
    something left to translate first, each group in tree order.

    `page_type` is a model name such as "campaignpage"; `languages` defaults
    to every language but English. Queries: two per page type, plus one per
    inline relation.
    """
    languages = languages or target_languages()
    statuses = []
    for model in page_models():
        if page_type and model._meta.model_name != page_type:
            continue
        relations = [name for name, _child in inline_relations(model)]
        for page in model.objects.order_by("path").prefetch_related(*relations):
            status = PageTranslationStatus(page, fields_to_translate(page))
            for language in languages:
                status.missing[language] = [
                    item.label for item in status.fields if not item.is_filled(language)
                ]
            statuses.append(status)
    return sorted(statuses, key=lambda status: (status.is_done(), status.page.path))


def page_type_choices():
    return [
        (model._meta.model_name, capfirst(model._meta.verbose_name))
        for model in page_models()
    ]
