"""Admin behaviour of campaign and case pages, and the brands snippet."""

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.tables import LiveStatusTagColumn, UpdatedAtColumn
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from campaigns.models import Brand, CampaignIndexPage, CampaignPage
from cccea_site.search.admin_search import CJKSearchableIndexViewMixin


class BrandIndexView(CJKSearchableIndexViewMixin, IndexView):
    """Snippets > Brands: found by any name or alias, CJK words included."""

    def get_base_queryset(self):
        # Each row's status without two queries per brand.
        return super().get_base_queryset().with_review_status()

    @cached_property
    def list_display(self):
        # Built per request, so the columns' labels are in the admin
        # user's language.
        return ["latest_name", "slug", UpdatedAtColumn(), LiveStatusTagColumn()]


class BrandViewSet(SnippetViewSet):
    """Brands in the admin, with drafts, history and moderation (Brand)."""

    model = Brand
    icon = "tag"
    index_view_class = BrandIndexView


register_snippet(BrandViewSet)


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
