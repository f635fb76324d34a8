"""Admin views: the translation status report, and workflow approval that
explains a refused publish."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.pages.workflow import WorkflowActionView

from cccea_site.translation_status import (
    page_type_choices,
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
    page_type = forms.ChoiceField(label=_("Page type"), required=False)

    def __init__(self, *args, **kwargs):
        from django.conf import settings

        super().__init__(*args, **kwargs)
        names = dict(settings.LANGUAGES)
        self.fields["language"].choices = [("", _("All languages"))] + [
            (code, names[code]) for code in target_languages()
        ]
        self.fields["page_type"].choices = [
            ("", _("All page types"))
        ] + page_type_choices()


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    """Every page with, per language, the fields filled and those missing."""

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
        language = page_type = None
        if form.is_valid():
            language = form.cleaned_data["language"] or None
            page_type = form.cleaned_data["page_type"] or None
        languages = [language] if language else target_languages()
        statuses = translation_statuses(languages, page_type)
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


class CheckedWorkflowActionView(WorkflowActionView):
    """Wagtail's workflow action (approve, request changes), refusing cleanly.

    Approving a workflow's last task publishes the page (now, or at its
    scheduled time), and a page may refuse to be published: an urgent appeal
    without consent, or whose consent was withdrawn in a later draft
    (campaigns.models.CampaignPage.clean). Wagtail would answer with a server
    error, or schedule a publish that fails later. Here the page is validated
    first and the whole action is undone on refusal; the moderator is sent to
    the edit view with the reason, to fix the page and approve again.
    """

    def post(self, request, *args, **kwargs):
        try:
            with transaction.atomic():
                if self.action_name == "approve":
                    self.check_publishable()
                return super().post(request, *args, **kwargs)
        except ValidationError as refusal:
            return self.refused(request, refusal)

    def check_publishable(self):
        """Validate the draft that approval publishes, as a live page.

        A page scheduled to go live later is published by a command, with no
        moderator there to fix it; so the check is made now, for every page.
        """
        draft = self.object.get_latest_revision_as_object()
        draft.live = True
        draft.clean()

    def refused(self, request, refusal):
        messages.error(
            request,
            _("Not published: %(reason)s") % {"reason": " ".join(refusal.messages)},
        )
        edit_url = reverse("wagtailadmin_pages:edit", args=[self.object.pk])
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # The approval dialog follows "redirect" once it gets "success".
            return self.render_modal_json(
                request, {"step": "success", "redirect": edit_url}
            )
        return redirect(edit_url)
