"""Open Graph and description tags for link previews and search results."""

from django import template

from cccea_site.seo import meta

register = template.Library()


@register.filter
def og_locale(language_code):
    return meta.og_locale(language_code)


@register.simple_tag(takes_context=True)
def share_image_url(context):
    return meta.share_image_url(context.get("page"), context["request"])
