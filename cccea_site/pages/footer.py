"""The footer's content: translated site settings and the footer links,
and the logo the header shows."""

from dataclasses import dataclass

from django.templatetags.static import static
from django.utils import translation
from wagtail.images.shortcuts import get_rendition_or_not_found
from wagtail.models import Site

from cccea_site.languages.translated_fields import (
    TranslatedValue,
    resolve_each,
    resolve_fields,
)
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
    footer.logo = site_logo(site_settings)
    standard_pages = children_of_type(request, site.root_page, StandardPage)
    footer.pages = resolve_each(
        [page for page in standard_pages if not page.show_in_menus], ("title",)
    )
    return footer


# The site's own mark (static/img/logo.svg), drawn for it; square.
DEFAULT_LOGO = "img/logo.svg"
LOGO_HEIGHT = 40  # CSS pixels in the header; the rendition is twice that


@dataclass
class SiteLogo:
    """What the header's <img> needs, read once per generation."""

    url: str
    width: int
    height: int
    alt: TranslatedValue | None  # None: the name is shown beside it
    shows_name: bool
    share_url: str = ""  # for link previews; empty for the site's own mark


def site_logo(site_settings):
    """The logo set in the site settings, else the site's own mark
    (static/img/share.png is that mark for link previews).

    The rendition is made here, once per generation, so rendering a page
    never looks renditions up. A logo that shows the name beside it is
    decorative (empty alt); one standing alone carries the description.
    """
    image = site_settings.logo
    if image is None:
        return SiteLogo(static(DEFAULT_LOGO), LOGO_HEIGHT, LOGO_HEIGHT, None, True)
    # Renditions come prefetched with the site (render_memo.all_sites); a
    # placeholder rather than an error on every page if the file is gone.
    rendition = get_rendition_or_not_found(image, f"height-{LOGO_HEIGHT * 2}")
    shared = get_rendition_or_not_found(image, "max-1200x630")
    width = round(rendition.width * LOGO_HEIGHT / rendition.height)
    shows_name = site_settings.logo_shows_name
    alt = (
        None if shows_name else resolve_fields(site_settings, ("logo_alt",))["logo_alt"]
    )
    return SiteLogo(rendition.url, width, LOGO_HEIGHT, alt, shows_name, shared.url)
