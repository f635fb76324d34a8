"""Every page URL needs the sites' root paths: keep them per generation.

wagtail-modeltranslation replaces Page._get_site_root_paths with a version
that reads the localized root paths from the shared cache, and keeps them on
the request only when the caller passes one. `page.url`, menus, cards and
breadcrumbs call it without, so an uncached home page asked Redis for the
same short list five times per render. The list changes only when a site or a root page changes, and
each of those starts a new content generation, so each worker keeps it per
generation and language in the render memo instead.
"""

from django.conf import settings
from django.utils import translation

from cccea_site.serving.render_memo import memoized


def keep_site_root_paths_per_generation():
    """Route wagtail-modeltranslation's lookup through the render memo."""
    from wagtail_modeltranslation import patch_wagtailadmin

    read_from_shared_cache = patch_wagtailadmin._localized_site_get_site_root_paths
    if getattr(read_from_shared_cache, "kept_per_generation", False):
        return  # ready() ran twice (tests)

    def site_root_paths():
        return memoized(
            None,
            ("site-root-paths", translation.get_language()),
            read_from_shared_cache,
        )

    site_root_paths.kept_per_generation = True
    patch_wagtailadmin._localized_site_get_site_root_paths = site_root_paths


def load_site_root_paths_for_every_language():
    """Read (or, on a miss, compute and share) each language's root paths, so
    that a worker's first render finds them in its memo; gunicorn's worker
    start calls this (cccea_site.operations.worker_start)."""
    from wagtail_modeltranslation import patch_wagtailadmin

    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            patch_wagtailadmin._localized_site_get_site_root_paths()
