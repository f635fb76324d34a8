"""Template helpers for campaign pages."""

import segno
from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def qr_code(url):
    """The URL as an inline SVG QR code, drawn on the server (segno)."""
    code = segno.make(url, error="m")
    svg = code.svg_inline(
        scale=4,
        dark="#000",
        title=_("QR code for %(url)s") % {"url": url},
        svgclass="case-sheet__qr",
    )
    return mark_safe(svg)  # noqa: S308 (segno escapes the title it writes)
