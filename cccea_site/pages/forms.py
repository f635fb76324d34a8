"""The edit form of every page: translators change translations, nothing else.

Members of the Translators group (and of no other group) may edit pages to
translate them. The form they get has every field disabled except the
Chinese, Japanese and Korean versions of translated text; inline items
(demands, updates, commitments…) can be translated but not added, deleted or
reordered. Django ignores posted values for a disabled field, so a forged
POST changes nothing either: the page's consent box, kind, status, facts,
images, links, brands and English text stay as the editors left them.
"""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import COMMENTS_RELATION_NAME

from cccea_site.languages.admin_views import TRANSLATORS_GROUP
from cccea_site.languages.english_source import show_english_sources
from cccea_site.languages.outdated_fields import (
    confirm_ticked_translations,
    fingerprints_of_form,
    fingerprints_of_page_form,
)
from cccea_site.languages.translated_fields import translated_field_names

# Registered on every page by wagtail-modeltranslation, translated like text.
PAGE_TEXT_FIELDS = ("title", "slug", "seo_title", "search_description")


def is_translator_only(user):
    """A member of the Translators group with no other group or superpower."""
    if user is None or not user.is_authenticated or user.is_superuser:
        return False
    return set(user.groups.values_list("name", flat=True)) == {TRANSLATORS_GROUP}


def translation_field_names(model, extra=()):
    """The form field names of `model`'s text in the languages translated into."""
    targets = [
        code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
    ]
    names = {*translated_field_names(model), *extra}
    return {build_localized_fieldname(name, code) for name in names for code in targets}


def disable_all_but(form, allowed):
    for name, field in form.fields.items():
        if name not in allowed:
            field.disabled = True
            keep_initial_value_valid(form, name, field)


def keep_initial_value_valid(form, name, field):
    """A disabled field is cleaned from its initial value; a multiple country
    field's initial is a list-like of Country objects, which its own clean()
    refuses: give it the list of codes a browser would post."""
    initial = form.get_initial_for_field(field, name)
    if isinstance(field, forms.MultipleChoiceField) and initial is not None:
        form.initial[name] = [getattr(value, "code", value) for value in initial]


def limit_to_translation(formset):
    """Existing rows may be translated; none added, deleted or reordered."""
    existing = formset.initial_form_count()
    formset.absolute_max = existing  # rows posted beyond these are ignored
    # The row's id says which row a form is (looked up only among this
    # page's rows); a browser leaves disabled fields out of what it posts.
    allowed = {*translation_field_names(formset.model), formset.model._meta.pk.name}
    for form in formset.forms[:existing]:
        # DELETE and ORDER too: a disabled field keeps its initial value.
        disable_all_but(form, allowed)


class TranslatedPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        name_the_schedules_time_zone(self)
        fingerprints = fingerprints_of_page_form(self)
        show_english_sources(self, fingerprints)
        for formset in self.formsets.values():
            for form in formset.forms:
                show_english_sources(form, fingerprints)
        self.for_translator = is_translator_only(self.for_user)
        if self.for_translator:
            model = self._meta.model
            disable_all_but(self, translation_field_names(model, PAGE_TEXT_FIELDS))
            for name, formset in self.formsets.items():
                if name != COMMENTS_RELATION_NAME:  # translators may comment
                    limit_to_translation(formset)

    def save(self, commit=True):
        page = super().save(commit=commit)
        confirm_ticked_translations(self)  # "Still valid" boxes
        return page


class TranslatedModelForm(WagtailAdminModelForm):
    """The edit form of snippets and settings with translated text: the
    English source above each translation, and for a translator, only the
    translations editable (as on pages)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        show_english_sources(self, fingerprints_of_form(self))
        self.for_translator = is_translator_only(self.for_user)
        if self.for_translator:
            disable_all_but(self, translation_field_names(self._meta.model))

    def save(self, commit=True):
        instance = super().save(commit=commit)
        confirm_ticked_translations(self)  # "Still valid" boxes
        return instance


def name_the_schedules_time_zone(form):
    """Say which clock the go-live and expiry times are read on.

    The admin reads them in the editor's time zone (their account's, else
    the site's: Asia/Hong_Kong); an embargo agreed in another zone is easy
    to get wrong by hours.
    """
    zone = timezone.get_current_timezone_name()
    for name in ("go_live_at", "expire_at"):
        if name in form.fields:
            form.fields[name].help_text = _("Times are in the %(zone)s time zone.") % {
                "zone": zone
            }
