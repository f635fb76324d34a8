"""The translation status report in the admin: per page, brand and settings
object and per language, the fields filled, missing and outdated; with PO
file downloads of page content and an import of translated ones
(cccea_site.languages.po_files). Shown to admins and the Translators group."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cccea_site.languages.po_files import InvalidPOFile, export_po, import_po, pages_for
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
    needs_work = forms.BooleanField(
        label=_("Only what needs work (missing or outdated)"), required=False
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
        needs_work = False
        if form.is_valid():
            language = form.cleaned_data["language"] or None
            item_type = form.cleaned_data["type"] or None
            needs_work = form.cleaned_data["needs_work"]
        languages = [language] if language else target_languages()
        statuses = translation_statuses(languages, item_type, needs_work)
        # One finder for the whole report: it keeps what it learns per model.
        url_finder = AdminURLFinder(self.request.user)
        for status in statuses:
            status.admin_url = status.edit_url(url_finder)
        context.update(
            {
                "filter_form": form,
                "language": language,
                "languages": languages,
                "statuses": statuses,
                "missing_count": sum(
                    len(missing)
                    for status in statuses
                    for missing in status.missing.values()
                ),
                "export_form": POExportForm(initial={"language": language}),
                "import_form": POImportForm(),
                "outdated_count": sum(
                    len(outdated)
                    for status in statuses
                    for outdated in status.outdated.values()
                ),
            }
        )
        return context


class PageScope(models.TextChoices):
    PAGE = "page", pgettext_lazy("PO file scope", "This page")
    TREE = "tree", pgettext_lazy("PO file scope", "This page and its subpages")


class POExportForm(forms.Form):
    """What a PO file download holds (the report's links and form)."""

    language = forms.ChoiceField(label=_("Language"))
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    scope = forms.ChoiceField(
        choices=PageScope.choices, required=False, widget=forms.HiddenInput
    )
    needs_work = forms.BooleanField(
        label=_("Only what needs work (missing or outdated)"), required=False
    )

    def __init__(self, *args, **kwargs):
        from django.conf import settings

        super().__init__(*args, **kwargs)
        names = dict(settings.LANGUAGES)
        self.fields["language"].choices = [
            (code, names[code]) for code in target_languages()
        ]


class POImportForm(forms.Form):
    po_file = forms.FileField(
        label=_("PO file"),
        help_text=_(
            "A file exported here and filled in with a PO editor. Each page "
            "with changed translations gets a new draft, for an editor to "
            "review and publish."
        ),
    )


class TranslationPOView(View):
    """Download page content as a PO file (GET), import a translated one (POST)."""

    # A PO file larger than this is not one of ours.
    MAX_UPLOAD_BYTES = 5 * 1024 * 1024

    def dispatch(self, request, *args, **kwargs):
        if not can_see_translation_status(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        form = POExportForm(request.GET)
        if not form.is_valid():
            return HttpResponseBadRequest(
                _("Choose a language for the PO file."), content_type="text/plain"
            )
        data = form.cleaned_data
        pages = pages_for(data["page"], tree=data["scope"] == PageScope.TREE)
        if data["page"] and not pages:
            # 400, not 404: LocaleMiddleware answers an unprefixed 404 with
            # a redirect to /en/admin/…, which helps nobody.
            return HttpResponseBadRequest(
                _("There is no page with this id."), content_type="text/plain"
            )
        po = export_po(pages, data["language"], data["needs_work"])
        name = "-".join(
            filter(
                None,
                [
                    "cccea",
                    data["page"] and f"page{data['page']}",
                    data["scope"] == PageScope.TREE and "tree",
                    data["needs_work"] and "needs-work",
                    data["language"],
                ],
            )
        )
        response = HttpResponse(str(po), content_type="text/x-gettext-translation")
        response["Content-Disposition"] = f'attachment; filename="{name}.po"'
        return response

    def post(self, request):
        form = POImportForm(request.POST, request.FILES)
        report = reverse("translation_status")
        if not form.is_valid():
            messages.error(request, _("Choose a PO file to import."))
            return redirect(report)
        upload = form.cleaned_data["po_file"]
        if upload.size > self.MAX_UPLOAD_BYTES:
            messages.error(request, _("This file is too large to be a PO file."))
            return redirect(report)
        try:
            results = import_po(upload.read(), user=request.user)
        except InvalidPOFile as refused:
            messages.error(
                request,
                _("Nothing imported: %(problems)s")
                % {"problems": " / ".join(refused.errors[:10])},
            )
            return redirect(report)
        for result in results:
            messages.success(request, result.summary())
        if not results:
            messages.warning(request, _("The file had no entries to import."))
        return redirect(report)
