"""The page tree: its translated columns kept whole, and the site root's
children as every page lists them (live and public only)."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from cccea_site.serving.render_memo import memoized
from cccea_site.serving.visibility import public_pages


def listed_children(request, page):
    """The live, public children of `page` in tree order, as plain Pages.

    The main menu, the footer links, breadcrumbs and the home page's link to
    the campaigns all pick from the site root's children, so they share one
    query per content generation (render_memo). Restricted children are left
    out (serving.visibility). Read-only: shared between requests.
    """
    key = ("listed-children", page.pk)
    return memoized(
        request,
        key,
        lambda: list(
            public_pages(request, page.get_children().live().order_by("path"))
        ),
    )


def children_of_type(request, page, model):
    """The listed children of `page` whose type is exactly `model`."""
    content_type = ContentType.objects.get_for_model(model)
    return [
        child
        for child in listed_children(request, page)
        if child.content_type_id == content_type.pk
    ]


def language_suffixes():
    """("en", "zh_hant", "ja", "ko"): the suffix of each language's fields."""
    return [
        build_localized_fieldname("", code)[1:] for code, _name in settings.LANGUAGES
    ]


def fix_root_translations():
    """Give the tree root its translated columns (STACK.md gotcha 3).

    Wagtail's own migration creates the root before the language columns exist,
    so they are NULL, and pages added under it would get broken URL paths.
    """
    for root in Page.get_root_nodes():
        updates = {}
        for suffix in language_suffixes():
            if not getattr(root, f"url_path_{suffix}"):
                updates[f"url_path_{suffix}"] = "/"
            for name in ("title", "slug"):
                if not getattr(root, f"{name}_{suffix}"):
                    # The untranslated column, not the descriptor's fallback.
                    updates[f"{name}_{suffix}"] = root.__dict__[name]
        if updates:
            Page.objects.filter(pk=root.pk).update(**updates)
