"""The footer's content: translated site settings and the footer links."""

from django.utils import translation
from wagtail.models import Site

from cccea_site.languages.translated_fields import resolve_each, resolve_fields
from cccea_site.serving.render_memo import memoized
from cccea_site.serving.tree import children_of_type


def footer_content(request):
    """The site settings' footer text and address, resolved with fallback.

    A TranslatedFields, so a page counts an English footer in its fallback
    notice like any other text; `.pages` are the public standard pages not in
    the main menu, linked from the footer. None when no site matches the request.
    Computed once per content generation and language (render_memo).
    """
    site = Site.find_for_request(request)
    if site is None:
        return None
    key = ("footer", site.pk, translation.get_language())
    return memoized(request, key, lambda: build_footer(request, site))


def build_footer(request, site):
    # Imported here: StandardPage builds on TranslatedPage, which imports
    # this module to put the footer in every page's context.
    from cccea_site.pages.site_settings import SiteSettings
    from cccea_site.pages.standard import StandardPage

    try:
        site_settings = site.sitesettings  # read with the site (render_memo)
    except SiteSettings.DoesNotExist:
        site_settings = SiteSettings.for_site(site)  # created on first use
    footer = resolve_fields(site_settings, ("footer_text", "contact_address"))
    footer.support_links = site_settings.support_links(translation.get_language())
    standard_pages = children_of_type(request, site.root_page, StandardPage)
    footer.pages = resolve_each(
        [page for page in standard_pages if not page.show_in_menus], ("title",)
    )
    return footer
