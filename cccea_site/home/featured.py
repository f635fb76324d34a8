"""The appeal the front page leads with, and the one button that acts on it.

The editor picks a case on the home page (`HomePage.featured_case`); when
none is picked, or the pick is no longer live or public (unpublished,
restricted), the front page features the active urgent appeal updated most
recently, so it never leads with a page a visitor cannot open.
"""

from dataclasses import dataclass

from django.db.models import Max, prefetch_related_objects
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from campaigns.models import CampaignPage
from cccea_site.languages.translated_fields import resolve_fields
from cccea_site.serving.visibility import public_pages

FEATURED_FIELDS = ("title", "summary", "hero_image_alt", "cta_button_label")


def featured_case(request, home):
    """The live, public case to feature, or None (no active case at all)."""
    pages = public_pages(request, CampaignPage.objects.live()).select_related(
        "hero_image", "cta_page"
    )
    if home.featured_case_id:
        picked = pages.filter(pk=home.featured_case_id).first()
        if picked is not None:
            return picked
    return (
        pages.filter(
            kind=CampaignPage.Kind.URGENT_APPEAL, status=CampaignPage.Status.ACTIVE
        )
        .annotate(last_update=Coalesce(Max("updates__date"), "started_on"))
        .order_by("-last_update", "-id")
        .first()
    )


def featured_appeal(request, home):
    """The featured case's translated fields (`.object` is the page), with
    `.picture` (the image to show, renditions prefetched) and
    `.picture_alt` (a TranslatedValue, or None for the case's own alt)."""
    case = featured_case(request, home)
    if case is None:
        return None
    appeal = resolve_fields(case, FEATURED_FIELDS)
    if home.featured_image_id:
        appeal.picture = home.featured_image
        appeal.picture_alt = resolve_fields(home, ("featured_image_alt",))[
            "featured_image_alt"
        ]
    else:
        appeal.picture = case.hero_image
        appeal.picture_alt = appeal["hero_image_alt"]
    if appeal.picture is not None:
        prefetch_related_objects([appeal.picture], "renditions")
    return appeal


@dataclass
class ActionButton:
    """The featured appeal's one call to action: a label and where it goes."""

    label: str
    url: str
    label_lang: str = ""  # a lang attribute when the label fell back to English


def action_button(appeal, action):
    """Sign (the case's open petition or pledge), else the editor's call to
    action, else follow the case: every case has one of them.

    `action` is the case's attached action with its count (actions.display),
    or None.
    """
    case = appeal.object
    if action is not None and action.object.is_open():
        label = (
            _("Sign the petition")
            if action.object.kind == action.object.Kind.PETITION
            else _("Sign the pledge")
        )
        return ActionButton(str(label), f"{case.url}#action-{action.object.pk}")
    cta_url = case.cta_url or (case.cta_page.url if case.cta_page else "")
    if cta_url:
        custom = appeal["cta_button_label"]
        if custom:
            return ActionButton(custom.value, cta_url, custom.lang_attr)
        return ActionButton(str(_("Take action")), cta_url)
    return ActionButton(
        str(_("Follow this case")), reverse("following:follow", args=[case.pk])
    )
