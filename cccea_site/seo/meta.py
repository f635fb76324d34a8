"""What a page says about itself to search engines and link previews."""

from babel.core import Locale, get_global
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import to_locale
from wagtail.images.shortcuts import get_rendition_or_not_found

from cccea_site.languages.translated_fields import resolve
from cccea_site.pages.footer import footer_content

DESCRIPTION_LENGTH = 160
SHARE_IMAGE = "img/share.png"


def og_locale(language_code):
    """The Open Graph locale of a language: ja -> ja_JP, zh-hant -> zh_TW."""
    likely = get_global("likely_subtags").get(to_locale(language_code))
    locale = Locale.parse(likely or to_locale(language_code))
    return (
        f"{locale.language}_{locale.territory}" if locale.territory else locale.language
    )


def page_description(page):
    """The page's search description, or the start of its summary text."""
    description = resolve(page, "search_description")
    for field_name in page.description_fields:
        if description:
            break
        description = resolve(page, field_name)
    text = " ".join(strip_tags(str(description)).split())
    return Truncator(text).chars(DESCRIPTION_LENGTH)


def share_image_url(page, request):
    """An absolute URL of the picture link previews show for the page: its
    own, else the logo set in the site settings, else the site's mark."""
    image = page.share_image() if page is not None else None
    if image is not None:
        # A placeholder rather than an error when the file has gone missing.
        rendition = get_rendition_or_not_found(image, "fill-1200x630")
        if rendition.pk is not None:
            return request.build_absolute_uri(rendition.url)
    footer = footer_content(request)
    if footer is not None and footer.logo.share_url:
        return request.build_absolute_uri(footer.logo.share_url)
    return request.build_absolute_uri(static(SHARE_IMAGE))
