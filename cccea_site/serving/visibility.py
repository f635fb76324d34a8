"""Which pages the site may list: those every visitor may open.

A page under a Wagtail view restriction (a password, a login or groups, on
the page or an ancestor) is refused to anonymous visitors. Its title,
summary and text must then show nowhere else either: not in the menu, the
footer, breadcrumbs, listings and their filter counts, feeds, search
results, related pages or the sitemap. Every one of those passes its pages
through `public_pages` (or asks `is_public` of one page), and nothing else
decides it.

Listings are kept per content generation and shared by every visitor
(render_memo), so a restricted page is left out for everyone, editors
included; the page itself still opens for whoever its restriction lets in.
The answer comes from the route table (serving.routing), which already holds
the tree path of every restricted page for this generation: hiding them
costs no query. Saving or deleting a restriction starts a new generation
(page_cache.connect_invalidation_signals).
"""

from django.db.models import Q, QuerySet

from cccea_site.serving.routing import route_table


def private_paths(request):
    """This generation's tree paths of restricted sections (RouteTable.private_paths).

    `request` may be None (the sitemap has none).
    """
    return route_table(request).private_paths


def is_public(request, page):
    """Whether `page` may be listed: no restriction on it or an ancestor, and
    not an alias of a page that has one."""
    return not route_table(request).is_private(page.path)


def public_pages(request, pages):
    """`pages` without those in a restricted section.

    A queryset gets a filter on the tree path (no query now, none added
    later, and Wagtail search can apply it); a list of pages already loaded
    is filtered in memory.
    """
    if not isinstance(pages, QuerySet):
        return [page for page in pages if is_public(request, page)]
    private = private_paths(request)
    if not private:
        return pages
    in_private_section = Q()
    for path in private:
        in_private_section |= Q(path__startswith=path)
    return pages.exclude(in_private_section)
