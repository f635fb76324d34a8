"""Publishing without the edit form (workflow approval, bulk publish), made to
explain a refused publish instead of failing.

A page may refuse to go live in its `clean()` (an urgent appeal without
consent). These views ask it first, while an editor is looking.
"""

import copy

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.workflow import WorkflowActionView


def check_publishable(page):
    """Raise the ValidationError publishing `page`'s latest draft would meet.

    A page may refuse to go live: an urgent appeal without consent
    (campaigns.models.CampaignPage.clean). The edit form says so; publishing
    from elsewhere would end in a server error, or, for a page scheduled to
    go live later, in a command failing with no editor there to fix it. So
    those paths check first, while an editor is looking.
    """
    # A copy: with no newer draft, Wagtail returns the page object itself.
    draft = copy.copy(page.get_latest_revision_as_object())
    draft.live = True
    draft.clean()


def refusal_message(request, page, refusal):
    reason = " ".join(refusal.messages)
    if page is not None:
        reason = f"“{page.get_admin_display_title()}”: {reason}"
    messages.error(request, _("Not published: %(reason)s") % {"reason": reason})


class CheckedWorkflowActionView(WorkflowActionView):
    """Wagtail's workflow action (approve, request changes), refusing cleanly.

    Approving a workflow's last task publishes the page, now or at its
    scheduled time. The draft is checked first (check_publishable) and the
    whole action is undone on refusal; the moderator is sent to the edit
    view with the reason, to fix the page and approve again.
    """

    def post(self, request, *args, **kwargs):
        try:
            with transaction.atomic():
                if self.action_name == "approve":
                    check_publishable(self.object)
                return super().post(request, *args, **kwargs)
        except ValidationError as refusal:
            return self.refused(request, refusal)

    def refused(self, request, refusal):
        refusal_message(request, None, refusal)
        edit_url = reverse("wagtailadmin_pages:edit", args=[self.object.pk])
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # The approval dialog follows "redirect" once it gets "success".
            return self.render_modal_json(
                request, {"step": "success", "redirect": edit_url}
            )
        return redirect(edit_url)


class CheckedPublishBulkAction(PublishBulkAction):
    """Wagtail's "Publish" for pages selected in a listing, refusing cleanly.

    A selected page whose draft (or, with "include descendants", a draft
    below it) refuses to go live is left as it is and named in an error
    message with the reason; the others are published.
    """

    def get_execution_context(self):
        self.refusals = []
        return {**super().get_execution_context(), "refusals": self.refusals}

    @classmethod
    def execute_action(
        cls, objects, include_descendants=False, refusals=None, **kwargs
    ):
        publishable = []
        for page in objects:
            found = cls.refusals_for(page, include_descendants)
            if found:
                refusals.extend(found)
            else:
                publishable.append(page)
        return super().execute_action(
            publishable, include_descendants=include_descendants, **kwargs
        )

    @staticmethod
    def refusals_for(page, include_descendants):
        pages = [page.specific]
        if include_descendants:
            pages += list(page.get_descendants().not_live().specific())
        found = []
        for candidate in pages:
            try:
                check_publishable(candidate)
            except ValidationError as refusal:
                found.append((candidate, refusal))
        return found

    def get_success_message(self, num_parent_objects, num_child_objects):
        for page, refusal in self.refusals:
            refusal_message(self.request, page, refusal)
        if not num_parent_objects:
            return None
        return super().get_success_message(num_parent_objects, num_child_objects)
