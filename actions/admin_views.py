"""The signatures of each action, for the Signatures viewers group only.

Counts by state, language and country, the confirmed signers' names, and
the CSV export (actions.exports). The permission `actions.see_signatures`
is given by that group (migration 0002), never with the right to edit
actions, so editors do not see signers' data by default.
"""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from actions.exports import signature_counts, signatures_csv
from actions.models import Action

PERMISSION = "actions.see_signatures"
PER_PAGE = 100


def can_see_signatures(user):
    return user.is_active and user.has_perm(PERMISSION)


class SignaturesPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_see_signatures(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ActionListView(
    SignaturesPermissionMixin, WagtailAdminTemplateMixin, TemplateView
):
    """Every action with its confirmed and unconfirmed counts."""

    template_name = "actions/admin/action_list.html"
    page_title = _("Signatures")
    header_icon = "form"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["actions"] = Action.objects.with_counts()
        return context


class SignatureListView(
    SignaturesPermissionMixin, WagtailAdminTemplateMixin, TemplateView
):
    """One action: counts by language and country, and the confirmed signers."""

    template_name = "actions/admin/signature_list.html"
    header_icon = "form"

    def get_page_title(self):
        return _("Signatures: %(title)s") % {"title": self.action.title}

    def dispatch(self, request, *args, action_id, **kwargs):
        self.action = get_object_or_404(Action.objects.with_counts(), pk=action_id)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        signatures = self.action.signatures.confirmed().order_by("-confirmed_at", "-pk")
        page = Paginator(signatures, PER_PAGE).get_page(self.request.GET.get("p"))
        context.update(
            action=self.action, counts=signature_counts(self.action), page_obj=page
        )
        return context


def export_signatures(request, action_id):
    """The CSV download; `?emails=1` adds addresses, and the export is logged."""
    if not can_see_signatures(request.user):
        raise PermissionDenied
    action = get_object_or_404(Action, pk=action_id)
    with_emails = request.GET.get("emails") == "1"
    text = signatures_csv(
        action, with_emails=with_emails, exported_by=f"user {request.user.pk}"
    )
    response = HttpResponse(
        text.encode("utf-8"), content_type="text/csv; charset=utf-8"
    )
    suffix = "-with-emails" if with_emails else ""
    response["Content-Disposition"] = (
        f'attachment; filename="action-{action.pk}-signatures{suffix}.csv"'
    )
    response["Cache-Control"] = "private, no-store"
    return response
