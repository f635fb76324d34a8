"""Actions in the admin: edited as snippets (Snippets → Actions); their
signatures under Signatures, for the Signatures viewers group only."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from actions.admin_views import (
    ActionListView,
    SignatureListView,
    can_see_signatures,
    export_signatures,
)
from actions.models import Action


class ActionViewSet(SnippetViewSet):
    model = Action
    icon = "form"
    menu_label = pgettext_lazy("petitions or pledges", "Actions")
    list_display = ["title", "kind", "goal", "closes_at", "closed_by_hand"]
    search_fields = ["title", "title_zh_hant", "title_ja", "title_ko"]


register_snippet(ActionViewSet)


@hooks.register("register_admin_urls")
def signatures_urls():
    return [
        path("signatures/", ActionListView.as_view(), name="action_signatures"),
        path(
            "signatures/<int:action_id>/",
            SignatureListView.as_view(),
            name="action_signature_list",
        ),
        path(
            "signatures/<int:action_id>/export.csv",
            export_signatures,
            name="action_signature_export",
        ),
    ]


class SignaturesMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_signatures(request.user)


@hooks.register("register_admin_menu_item")
def signatures_menu_item():
    return SignaturesMenuItem(
        _("Signatures"), reverse("action_signatures"), icon_name="form", order=260
    )
