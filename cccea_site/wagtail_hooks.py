"""Admin additions: the translation status report and its menu item, a
bulk Publish that explains a refused page, and a page chooser and explorer
whose searches find Chinese, Japanese and Korean words. Also one removal: the "Copy content
from" buttons of wagtail-modeltranslation."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail_modeltranslation import wagtail_hooks as modeltranslation_hooks

from cccea_site.languages.admin_views import (
    TranslationPOView,
    TranslationStatusView,
    can_see_translation_status,
)
from cccea_site.pages.publishing import CheckedPublishBulkAction
from cccea_site.search.admin_search import (
    cjk_searchable_chooser_pages,
    cjk_searchable_explorer_pages,
)

# Registered after Wagtail's own "publish" (order 0), so it replaces it.
hooks.register("register_bulk_action", CheckedPublishBulkAction, order=1)
hooks.register("construct_page_chooser_queryset", cjk_searchable_chooser_pages)
hooks.register("construct_explorer_page_queryset", cjk_searchable_explorer_pages)


def unregister_hook(hook_name, function):
    """Wagtail has no public way to take a hook back; its registry is a dict
    of (function, order) lists. tests/cccea_site/test_admin_edit.py fails if
    the buttons come back after an upgrade."""
    registered = hooks._hooks.get(hook_name, [])
    registered[:] = [entry for entry in registered if entry[0] is not function]


# wagtail-modeltranslation adds "Copy content from" buttons to every nested
# panel whose id ends in a language code, meant for StreamFields. The site has
# no translated StreamField, so they landed on inline panels (demands,
# updates) and did nothing; their endpoint also skips CSRF and page
# permissions. Remove both.
unregister_hook(
    "insert_editor_js", modeltranslation_hooks.streamfields_translation_copy
)
unregister_hook("register_admin_urls", modeltranslation_hooks.copy_streamfields_content)


@hooks.register("insert_global_admin_css")
def translating_css():
    """Styles for the English source shown above translation fields."""
    return format_html(
        '<link rel="stylesheet" href="{}">', static("css/admin-translating.css")
    )


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [
        path(
            "translation-status/",
            TranslationStatusView.as_view(),
            name="translation_status",
        ),
        path(
            "translation-status/po/",
            TranslationPOView.as_view(),
            name="translation_po",
        ),
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
