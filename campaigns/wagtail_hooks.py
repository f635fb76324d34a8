"""Admin behaviour of campaign and case pages."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages

from campaigns.models import CampaignPage


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
