"""The translation status report in the admin: per page, brand and settings
object and per language, the fields filled and those missing. Shown to
admins and the Translators group."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cccea_site.languages.translation_status import (
    item_type_choices,
    target_languages,
    translation_statuses,
)

TRANSLATORS_GROUP = "Translators"


def can_see_translation_status(user):
    """Admins and members of the Translators group."""
    return user.is_active and (
        user.is_superuser or user.groups.filter(name=TRANSLATORS_GROUP).exists()
    )


class TranslationStatusFilter(forms.Form):
    language = forms.ChoiceField(label=_("Language"), required=False)
    type = forms.ChoiceField(
        label=pgettext_lazy("translation status", "Type"), required=False
    )

    def __init__(self, *args, **kwargs):
        from django.conf import settings

        super().__init__(*args, **kwargs)
        names = dict(settings.LANGUAGES)
        self.fields["language"].choices = [("", _("All languages"))] + [
            (code, names[code]) for code in target_languages()
        ]
        self.fields["type"].choices = [
            ("", pgettext_lazy("translation status", "All types"))
        ] + item_type_choices()


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    """Every page, brand and settings object with, per language, the fields
    filled and those missing."""

    template_name = "cccea_site/admin/translation_status.html"
    page_title = _("Translation status")
    header_icon = "globe"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_translation_status(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = TranslationStatusFilter(self.request.GET or None)
        language = item_type = None
        if form.is_valid():
            language = form.cleaned_data["language"] or None
            item_type = form.cleaned_data["type"] or None
        languages = [language] if language else target_languages()
        statuses = translation_statuses(languages, item_type)
        # One finder for the whole report: it keeps what it learns per model.
        url_finder = AdminURLFinder(self.request.user)
        for status in statuses:
            status.admin_url = status.edit_url(url_finder)
        context.update(
            {
                "filter_form": form,
                "languages": languages,
                "statuses": statuses,
                "missing_count": sum(
                    len(missing)
                    for status in statuses
                    for missing in status.missing.values()
                ),
            }
        )
        return context
