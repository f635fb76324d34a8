"""Actions in the admin: edited as snippets (Snippets → Actions)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from actions.models import Action


class ActionViewSet(SnippetViewSet):
    model = Action
    icon = "form"
    menu_label = _("Actions")
    list_display = ["title", "kind", "goal", "closes_at", "closed_by_hand"]
    search_fields = ["title", "title_zh_hant", "title_ja", "title_ko"]


register_snippet(ActionViewSet)
