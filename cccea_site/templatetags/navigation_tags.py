"""Menus, breadcrumbs and language links shared by every page's template."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Site

from cccea_site.translated_fields import resolve, resolve_each

register = template.Library()


def site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


@register.inclusion_tag("tags/main_menu.html", takes_context=True)
def main_menu(context):
    """Home's live children marked "Show in menus", in tree order."""
    request = context["request"]
    root = site_root(request)
    page = context.get("page")
    current_path = page.path if page else ""
    items = []
    if root is not None:
        children = root.get_children().live().in_menu().order_by("path")
        items = resolve_each(children, ("title",))
    for item in items:
        item.is_current = item.object.path == current_path
        item.in_section = current_path.startswith(item.object.path)
    return {"request": request, "items": items}


@register.inclusion_tag("tags/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The live ancestors from the site's home page down to the current page."""
    page = context.get("page")
    request = context["request"]
    root = site_root(request)
    if page is None or root is None or page.depth <= root.depth:
        return {"crumbs": []}
    ancestors = page.get_ancestors().filter(depth__gte=root.depth).live()
    return {
        "request": request,
        "crumbs": resolve_each(ancestors, ("title",)),
        "current": resolve(page, "title"),
    }


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
    """The footer from the site settings, its text resolved with fallback."""
    from cccea_site.models import SiteSettings

    request = context["request"]
    site = Site.find_for_request(request)
    site_settings = SiteSettings.for_site(site) if site else None
    return {
        "request": request,
        "site_settings": site_settings,
        "text": resolve(site_settings, "footer_text") if site_settings else None,
        "address": resolve(site_settings, "contact_address") if site_settings else None,
        "footer_pages": resolve_each(footer_pages(site), ("title",)) if site else [],
    }


def footer_pages(site):
    """Standard pages directly under Home that are not in the main menu."""
    from cccea_site.models import StandardPage

    return (
        StandardPage.objects.child_of(site.root_page)
        .live()
        .filter(show_in_menus=False)
        .order_by("path")
    )
