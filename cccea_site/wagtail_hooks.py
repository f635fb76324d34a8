"""Admin additions: the translation status report and its menu item, a
bulk Publish that explains a refused page, and a page chooser whose search
finds Chinese, Japanese and Korean words."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cccea_site.languages.admin_views import (
    TranslationStatusView,
    can_see_translation_status,
)
from cccea_site.pages.publishing import CheckedPublishBulkAction
from cccea_site.search.admin_search import cjk_searchable_chooser_pages

# Registered after Wagtail's own "publish" (order 0), so it replaces it.
hooks.register("register_bulk_action", CheckedPublishBulkAction, order=1)
hooks.register("construct_page_chooser_queryset", cjk_searchable_chooser_pages)


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [
        path(
            "translation-status/",
            TranslationStatusView.as_view(),
            name="translation_status",
        )
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_translation_status(request.user)


@hooks.register("register_admin_menu_item")
def translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status"),
        icon_name="globe",
        order=250,
    )
