"""Leave a redirect behind when a page's address changes in any language.

Slugs are translated, so one edit can move a page (and everything under it)
in one language and not the others. Wagtail's own automatic redirects only
see the language the editor happens to use, so they are off
(WAGTAILREDIRECTS_AUTO_CREATE) and this module does it for every language:
before a save it reads the page's old paths, after it creates a permanent
redirect from each old address to the page, for the page and its descendants.
"""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
URL_PATH_FIELDS = {
    code: build_localized_fieldname("url_path", code) for code in LANGUAGE_CODES
}


def may_change_paths(update_fields):
    """False when a save cannot touch slugs or paths (e.g. a draft's bookkeeping)."""
    if update_fields is None:
        return True
    return any(name.startswith(("slug", "url_path")) for name in update_fields)


def paths_before_save(page):
    """{page_id: {language: url_path}} of the page and its descendants, as stored."""
    rows = Page.objects.filter(path__startswith=page.path).values_list(
        "id", *URL_PATH_FIELDS.values()
    )
    return {row[0]: dict(zip(LANGUAGE_CODES, row[1:], strict=True)) for row in rows}


def public_path(url_path, language, site_root_path):
    """/home/about/ -> /ja/about/ for a site whose root page is /home/."""
    if not url_path or not url_path.startswith(site_root_path):
        return None
    return f"/{language}/{url_path[len(site_root_path) :]}"


def leave_redirects(page, old_paths):
    """Redirect every address the save took away to the page that was there."""
    site = page.get_site()
    if site is None or page.pk not in old_paths:
        return
    for language, field in URL_PATH_FIELDS.items():
        old_prefix = old_paths[page.pk][language]
        new_prefix = getattr(page, field)
        if not old_prefix or old_prefix == new_prefix:
            continue
        root_path = getattr(site.root_page, field) or site.root_page.url_path
        for page_id, paths in old_paths.items():
            old = public_path(paths[language], language, root_path)
            new = public_path(
                new_prefix + paths[language][len(old_prefix) :], language, root_path
            )
            if old and new and old != new:
                move_redirect(old, new, page_id)


def move_redirect(old_path, new_path, page_id):
    """Point `old_path` at the page; drop any redirect away from `new_path`."""
    Redirect.objects.filter(old_path=Redirect.normalise_path(new_path)).delete()
    Redirect.objects.update_or_create(
        old_path=Redirect.normalise_path(old_path),
        site=None,
        defaults={
            "redirect_page_id": page_id,
            "is_permanent": True,
            "redirect_link": "",
        },
    )
