"""Admin behaviour of campaign and case pages."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.widgets import ListingButton

from campaigns.models import CampaignIndexPage, CampaignPage


@hooks.register("after_edit_page")
def point_to_unpublish_when_consent_is_withdrawn(request, page):
    """A draft that unticks consent leaves the published appeal online.

    Saving that draft is right (the edits are kept), but the appeal stays
    public until someone unpublishes it, and the workers may be at risk: say
    so, with the Unpublish button, rather than unpublish behind the
    editor's back.
    """
    page = page.specific
    if not isinstance(page, CampaignPage):
        return
    if page.live and page.is_urgent_appeal and not page.publication_consent:
        messages.warning(
            request,
            _(
                "Consent is withdrawn in this draft, but the appeal is still "
                "public. Unpublish it to take it off the site."
            ),
            buttons=[
                messages.button(
                    reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
                    _("Unpublish"),
                )
            ],
        )


@hooks.register("register_page_listing_buttons")
def add_a_case_button(page, user, next_url=None):
    """A labelled "Add a case" button on the campaign list's row in the page
    explorer: the way to a new case was a small arrow and an unlabelled "+"."""
    if page.specific_class is not CampaignIndexPage:
        return
    if not page.permissions_for_user(user).can_add_subpage():
        return
    url = reverse("wagtailadmin_pages:add", args=["campaigns", "campaignpage", page.pk])
    yield ListingButton(_("Add a case"), url, icon_name="plus", priority=5)
