"""The admin's page search and page chooser search, CJK included.

Wagtail's admin finds pages with `autocomplete()`, which matches the start
of the words of the titles' autocomplete fields: 工資 inside 生活工資願景,
or 未払い in a page's text, is never found (STACK.md, "Search in CJK").
Here a query holding Chinese, Japanese or Korean is split into the pieces
the index holds (cccea_site.search.text) and searched with AND against the
titles and texts in every language (TranslatedPage's search_title_text and
search_body_text), as the public search does; a query without CJK is left
to Wagtail's autocomplete, so a Latin title is still found by its start.

The admin views call `autocomplete()` on a queryset they get from us at
one point: the chooser's search and the explorer's search within a section
through the documented `construct_page_chooser_queryset` and
`construct_explorer_page_queryset` hooks (cccea_site/wagtail_hooks.py), the
page search through `PageSearchView`, routed at Wagtail's own path in
cccea_site/urls.py.

Snippet listings (Wagtail's generic IndexView) search with the backend's
autocomplete() too; `CJKSearchableIndexViewMixin` gives a snippet viewset's
listing the same split for CJK queries, against the model's SearchFields
(campaigns.wagtail_hooks, brands).
"""

from wagtail.admin.views.pages.search import SearchView
from wagtail.query import PageQuerySet
from wagtail.search.backends import get_search_backend

from cccea_site.search.query import MAX_QUERY_TERMS
from cccea_site.search.text import CJK_RUN, clean_query, query_terms


def cjk_query_terms(query):
    """The pieces to search for, or None for a query without CJK.

    `query` is what the admin passes to autocomplete(): a string, or a
    parsed query (PlainText or Phrase) holding one in `query_string`.
    """
    text = query if isinstance(query, str) else getattr(query, "query_string", None)
    if not isinstance(text, str) or not CJK_RUN.search(text):
        return None
    # The public search refuses longer queries (the backend's query tree
    # overflows); an editor's long paste is searched by its start instead.
    return query_terms(clean_query(text))[:MAX_QUERY_TERMS]


class CJKSearchablePageQuerySet(PageQuerySet):
    """Pages whose autocomplete() also finds CJK words anywhere in a page."""

    def autocomplete(self, query, fields=None, operator=None, **kwargs):
        terms = None if fields else cjk_query_terms(query)
        if terms is None:
            return super().autocomplete(
                query, fields=fields, operator=operator, **kwargs
            )
        return self.search(" ".join(terms), operator="and", **kwargs)


def cjk_searchable(pages):
    """A copy of the page queryset `pages` with CJK-aware autocomplete().

    Only the class changes: filters, `specific()`, prefetches and ordering
    stay as they are.
    """
    pages = pages.all()
    pages.__class__ = CJKSearchablePageQuerySet
    return pages


def cjk_searchable_chooser_pages(pages, request):
    """construct_page_chooser_queryset hook: the chooser's search, CJK included."""
    return cjk_searchable(pages)


def cjk_searchable_explorer_pages(parent_page, pages, request):
    """construct_explorer_page_queryset hook: searching a section, CJK included."""
    return cjk_searchable(pages)


class PageSearchView(SearchView):
    """Wagtail's admin page search (/admin/pages/search/), CJK included."""

    def annotate_queryset(self, pages):
        # Wagtail's get_queryset calls this once the pages the editor may
        # explore (self.all_pages, whose facets give the type filter's
        # counts) are final and just before searching both.
        # tests/cccea_site/test_admin_search.py fails if that order moves.
        self.all_pages = cjk_searchable(self.all_pages)
        return cjk_searchable(super().annotate_queryset(pages))


class CJKSearchableIndexViewMixin:
    """For a generic admin listing (a snippet's IndexView) of an indexed model
    whose SearchFields hold its texts split by cccea_site.search.text: a
    query holding CJK finds an object by any two-character word in them.

    Latin queries keep Wagtail's search (autocomplete on the model's
    AutocompleteFields). Wagtail's IndexView.get_queryset calls
    `search_queryset` once, after filtering and ordering;
    tests/campaigns/test_brand_drafts.py fails if that moves.
    """

    def search_queryset(self, queryset):
        terms = cjk_query_terms(self.search_query) if self.is_searching else None
        if terms is None:
            return super().search_queryset(queryset)
        return get_search_backend(self.search_backend_name).search(
            " ".join(terms),
            queryset,
            operator="and",
            order_by_relevance=not self.is_explicitly_ordered,
        )
