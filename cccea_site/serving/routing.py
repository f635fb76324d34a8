"""Finding the page for a path: a table of every page's URL path in each language.

Wagtail walks the tree one level at a time, two queries a level (the child,
then its specific page). Instead, each worker builds a table once per content
generation (render_memo) from the `url_path_<lang>` columns: the paths
wagtail-modeltranslation stores for each language, with its slug fallback
applied, and from which `Page.get_url()` builds every link. Routing reads the
same column that links are written from, so every link routes back to its
page, whatever the fallback rule or the depth of the site's root. A request
then costs one query, for the specific page itself.

The same query also reads which pages are aliases and which carry view
restrictions, which every page checks before it is served
(TranslatedPage.get_view_restrictions) and which every listing leaves out
(serving.visibility): one query per generation, not three.

Why a table and not one query per request for the deepest page whose
`url_path_<lang>` prefixes the request path: that query finds the page's row,
and the specific page is a second query, so every uncached render would cost
one query more than now (docs/architecture.md has the figures).
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from modeltranslation.utils import build_localized_fieldname, resolution_order
from wagtail.models import Page

from cccea_site.serving.render_memo import memoized


class RouteTable:
    def __init__(self, rows, languages):
        # {language: {URL path: (page id, content type id)}}, first in tree
        # order; a dict per language rather than (language, path) keys saves
        # two tuples per page and language (about 10 MB at 10,000 cases)
        self.pages = {language: {} for language in languages}
        # {language: {tree path: URL path}}: where each page's own path starts
        self.url_paths = {language: {} for language in languages}
        # [(tree path of a restricted page, restriction id)], {tree path of an alias}
        self.restrictions = []
        self.alias_paths = set()
        alias_sources = {}  # {tree path of an alias: id of the page it shows}
        paths_by_id = {}
        previous_id = None
        for page_id, path, content_type_id, url_paths, alias_of_id, restriction in rows:
            if restriction is not None:
                self.restrictions.append((path, restriction))
            if page_id == previous_id:
                continue  # the same page again, for its next restriction
            previous_id = page_id
            paths_by_id[page_id] = path
            if alias_of_id is not None:
                self.alias_paths.add(path)
                alias_sources[path] = alias_of_id
            # One value per page, and one string per distinct path: most
            # pages share their path across languages (slugs untranslated),
            # and at 10,000 cases the table is the worker's largest object.
            found = (page_id, content_type_id)
            previous_url_path = None
            for language in languages:
                url_path = stored_url_path(url_paths, language)
                if url_path == previous_url_path:
                    url_path = previous_url_path
                previous_url_path = url_path
                self.url_paths[language][path] = url_path
                self.pages[language].setdefault(url_path, found)
        self.private_paths = private_sections(
            {path for path, _pk in self.restrictions}, alias_sources, paths_by_id
        )

    def deepest_match(self, language, page, path_components):
        """(page id, content type id, components left) for the deepest page
        below `page` that the first path components name; None if none does.

        Walks down one component at a time and stops at the first that names
        no page (a page's parent is always in the table), so a hostile path
        of thousands of components costs no more than a short one.
        """
        url_path = self.url_paths.get(language, {}).get(page.path)
        if url_path is None:
            return None
        found, used = None, 0
        for component in path_components:
            url_path = f"{url_path}{component}/"
            match = self.pages[language].get(url_path)
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

    def is_private(self, path):
        """Whether the page at `path` is in a section some visitors may not see."""
        return path.startswith(self.private_paths)


def private_sections(restricted_paths, alias_sources, paths_by_id):
    """The tree paths whose pages and descendants no listing may show.

    Every page with a view restriction of its own, as Wagtail's
    `PageQuerySet.public()` has it, and every alias of a page in such a
    section: an alias shows its source page's content, and Wagtail serves it
    with the source page's restrictions (Page.get_view_restrictions), which
    `public()` does not know about. Repeated until no alias is added: an
    alias's source may lie under another alias found private on an earlier
    pass. A tuple, for str.startswith.
    """
    private = set(restricted_paths)
    added = True
    while added:
        added = False
        for alias_path, source_id in alias_sources.items():
            source_path = paths_by_id.get(source_id)
            if (
                alias_path not in private
                and source_path is not None
                and source_path.startswith(tuple(private))
            ):
                private.add(alias_path)
                added = True
    return tuple(sorted(private))


def stored_url_path(url_paths, language):
    """The page's URL path in `language`, falling back as modeltranslation's
    descriptor does (MODELTRANSLATION_FALLBACK_LANGUAGES) when the column is
    empty: what `get_url()` reads in that language."""
    for candidate in resolution_order(language):
        if url_paths.get(candidate):
            return url_paths[candidate]
    return url_paths[settings.LANGUAGE_CODE] or "/"


def build_route_table():
    languages = [code for code, _name in settings.LANGUAGES]
    url_path_fields = [
        build_localized_fieldname("url_path", code) for code in languages
    ]
    # A left join: a page appears once per view restriction, or once if none.
    query = Page.objects.order_by("path", "view_restrictions__id").values_list(
        "id",
        "path",
        "content_type_id",
        "alias_of_id",
        "view_restrictions__id",
        *url_path_fields,
    )
    rows = (
        (
            page_id,
            path,
            content_type,
            dict(zip(languages, url_paths, strict=True)),
            alias,
            restriction,
        )
        for page_id, path, content_type, alias, restriction, *url_paths in query
    )
    return RouteTable(rows, languages)


def route_table(request):
    """This generation's table (render_memo); `request` may be None.

    A preview shares it too: previews skip the memo because they show
    unsaved content, but the table holds only what is saved (paths and
    view restrictions), and every listing a preview renders asks for it.
    """
    if getattr(request, "is_preview", False):
        request = None
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
    found = serving_queryset(model).filter(pk=page_id).first()
    return (found, remaining) if found is not None else None


def serving_queryset(model):
    """The query that loads a page to serve it: the page type's own
    serving_queryset() (with what its render needs joined in, such as a
    case's picture and action), else its plain manager."""
    custom = getattr(model, "serving_queryset", None)
    return custom() if custom is not None else model.objects.all()
