"""Open Graph and description tags for link previews and search results."""

from django import template

from cccea_site import seo

register = template.Library()


@register.filter
def og_locale(language_code):
    return seo.og_locale(language_code)


@register.simple_tag(takes_context=True)
def share_image_url(context):
    return seo.share_image_url(context.get("page"), context["request"])
