"""Keeping the page tree's translated columns whole."""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page


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
