"""Finding the page for a path: a table of every page's path in each language.

Wagtail walks the tree one level at a time, two queries a level (the child,
then its specific page). Instead, each worker builds a table once per content
generation (render_memo), mapping every page's slugs, as each language's URLs
spell them, to the page; a request then costs one query, for the page itself.

A page's slug in a language falls back to its English slug when it has no
translation, as its URLs do (TranslatedPage.route kept the same rule).

The same query also reads which pages are aliases and which carry view
restrictions, which every page checks before it is served
(TranslatedPage.get_view_restrictions): one query per generation, not three.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from cccea_site.render_memo import memoized

STEPLEN = Page.steplen  # characters per level in treebeard's `path`
ENGLISH = settings.LANGUAGE_CODE


class RouteTable:
    def __init__(self, rows, languages):
        # {language: {page path: (slug, slug, ...) below its site root}}
        self.components = {language: {} for language in languages}
        # {(language, site root path, (slug, ...)): (page id, content type id)}
        self.pages = {}
        # [(path of a restricted page, restriction id)], {path of an alias}
        self.restrictions = []
        self.alias_paths = set()
        previous_id = None
        for page_id, path, content_type_id, slugs, alias_of_id, restriction in rows:
            if restriction is not None:
                self.restrictions.append((path, restriction))
            if page_id == previous_id:
                continue  # the same page again, for its next restriction
            previous_id = page_id
            if alias_of_id is not None:
                self.alias_paths.add(path)
            for language in languages:
                self.add(language, page_id, path, content_type_id, slugs)

    def add(self, language, page_id, path, content_type_id, slugs):
        own = self.components[language]
        parent_path = path[:-STEPLEN]
        if len(path) <= 2 * STEPLEN:  # a site root (or the tree's root)
            own[path] = ()
            return
        if parent_path not in own:
            return  # an orphan: treebeard never leaves one
        slug = slugs.get(language) or slugs[ENGLISH]
        components = (*own[parent_path], slug)
        own[path] = components
        key = (language, path[: 2 * STEPLEN], components)
        self.pages.setdefault(key, (page_id, content_type_id))  # first in tree order

    def deepest_match(self, language, page, path_components):
        """(page id, content type id, components left) for the deepest page
        below `page` that the first path components name; None if none does.

        Walks down one component at a time and stops at the first that names
        no page (a page's parent is always in the table), so a hostile path
        of thousands of components costs no more than a short one.
        """
        components = self.components[language].get(page.path)
        if components is None:
            return None
        root = page.path[: 2 * STEPLEN]
        found, used = None, 0
        for component in path_components:
            components = (*components, component)
            match = self.pages.get((language, root, components))
            if match is None:
                break
            found, used = match, used + 1
        if found is None:
            return None
        page_id, content_type_id = found
        return page_id, content_type_id, path_components[used:]

    def is_under_alias(self, path):
        """Whether the page at `path` is an alias or below one."""
        return any(path.startswith(alias_path) for alias_path in self.alias_paths)

    def restriction_ids(self, path):
        """The view restrictions on the page at `path` and its ancestors."""
        return [
            pk for restricted, pk in self.restrictions if path.startswith(restricted)
        ]


def build_route_table():
    languages = [code for code, _name in settings.LANGUAGES]
    slug_fields = [build_localized_fieldname("slug", code) for code in languages]
    # A left join: a page appears once per view restriction, or once if none.
    query = Page.objects.order_by("path", "view_restrictions__id").values_list(
        "id",
        "path",
        "content_type_id",
        "alias_of_id",
        "view_restrictions__id",
        *slug_fields,
    )
    rows = (
        (
            page_id,
            path,
            content_type,
            dict(zip(languages, slugs, strict=True)),
            alias,
            restriction,
        )
        for page_id, path, content_type, alias, restriction, *slugs in query
    )
    return RouteTable(rows, languages)


def route_table(request):
    """This generation's table (render_memo); `request` may be None."""
    return memoized(request, "route-table", build_route_table)


def find_descendant(request, page, language, path_components):
    """The specific page the path names below `page`, and the components its
    own route must handle (sub-routes such as print/); None when none matches."""
    match = route_table(request).deepest_match(language, page, list(path_components))
    if match is None:
        return None
    page_id, content_type_id, remaining = match
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:  # a page type whose code was removed
        return None
    found = model.objects.filter(pk=page_id).first()
    return (found, remaining) if found is not None else None
