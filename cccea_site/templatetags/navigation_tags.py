"""Menus, breadcrumbs and language links shared by every page's template."""

import copy

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site

from cccea_site.languages.translated_fields import resolve, resolve_each
from cccea_site.pages.footer import footer_content
from cccea_site.serving.render_memo import memoized
from cccea_site.serving.tree import listed_children
from cccea_site.serving.visibility import public_pages

register = template.Library()


def site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


@register.inclusion_tag("tags/site_brand.html", takes_context=True)
def site_brand(context):
    """The logo and the coalition's name, linking to the home page."""
    request = context["request"]
    footer = context.get("footer") or footer_content(request)
    return {"logo": footer.logo if footer else None}


@register.inclusion_tag("tags/main_menu.html", takes_context=True)
def main_menu(context):
    """Home's live, public children marked "Show in menus", in tree order."""
    request = context["request"]
    root = site_root(request)
    page = context.get("page")
    current_path = page.path if page else ""
    items = []
    if root is not None:
        key = ("main-menu", root.pk, translation.get_language())
        shared = memoized(request, key, lambda: menu_items(request, root))
        items = [copy.copy(item) for item in shared]  # marked per request below
    for item in items:
        item.is_current = item.object.path == current_path
        item.in_section = current_path.startswith(item.object.path)
    return {"request": request, "items": items}


def menu_items(request, root):
    children = listed_children(request, root)
    return resolve_each([page for page in children if page.show_in_menus], ("title",))


@register.inclusion_tag("tags/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The live, public ancestors from the site's home page down to the current
    page.

    A public page has no restricted ancestor; only a restricted page's own
    crumbs (which only those it lets in see) leave one out.
    """
    page = context.get("page")
    request = context["request"]
    root = site_root(request)
    if page is None or root is None or page.depth <= root.depth:
        return {"crumbs": []}

    def crumbs():
        return resolve_each(live_ancestors(request, page, root), ("title",))

    key = ("breadcrumbs", page.pk, translation.get_language())
    return {
        "request": request,
        "crumbs": memoized(request, key, crumbs),
        "current": resolve(page, "title"),
    }


def live_ancestors(request, page, root):
    """The live, public pages from `root` down to `page`'s parent.

    Home and its children are already at hand (the site and
    tree.listed_children), so only pages three or more levels below home
    need a query.
    """
    levels_below_root = page.depth - root.depth
    if levels_below_root > 2:
        ancestors = page.get_ancestors().filter(depth__gte=root.depth).live()
        return list(public_pages(request, ancestors))
    ancestors = public_pages(request, [root] if root.live else [])
    if levels_below_root == 2:
        parent_path = page.path[: -Page.steplen]
        ancestors += [
            child
            for child in listed_children(request, root)
            if child.path == parent_path
        ]
    return ancestors


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in each language: code, own name, URL, current or not.

    Off a page (a 404, say), each language's link goes to its home page. The
    first link is the default language's, whose `negotiated_url` (the path
    without its language prefix, which redirects each visitor to their
    language) serves as hreflang="x-default", as in the sitemap.
    """
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            url = page.get_url(request) if page is not None else None
            if not url:
                url = f"/{code}/"
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "negotiated_url": request.build_absolute_uri(
                    url.replace(f"/{code}/", "/", 1)
                ),
                "is_current": code == current,
            }
        )
    return links


@register.inclusion_tag("tags/footer.html", takes_context=True)
def site_footer(context):
    """The footer; pages resolve it in get_context, other views here."""
    request = context["request"]
    footer = context.get("footer") or footer_content(request)
    return {"request": request, "footer": footer}


@register.inclusion_tag("tags/support_links.html", takes_context=True)
def support_links(context):
    """The newsletter and donation links set for this language, for the
    pages thanking a signer or a follower; nothing when none is set."""
    request = context["request"]
    footer = context.get("footer") or footer_content(request)
    return {"links": footer.support_links if footer else []}
