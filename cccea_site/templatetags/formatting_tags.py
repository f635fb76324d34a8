"""Numbers and money written the way the visitor's language writes them (Babel)."""

from babel import Locale
from babel.lists import format_list
from babel.numbers import format_currency, format_decimal
from django import template
from django.utils import translation

register = template.Library()


def babel_locale():
    """The Babel locale for the active language: zh-hant -> zh_Hant."""
    return Locale.parse(translation.to_locale(translation.get_language() or "en"))


@register.filter
def number(value):
    """1100 -> "1,100" (or the visitor's language's grouping)."""
    if value in (None, ""):
        return ""
    return format_decimal(value, locale=babel_locale())


@register.filter
def money(amount, currency):
    """An amount with its currency, without cents when there are none."""
    if amount in (None, ""):
        return ""
    locale = babel_locale()
    pattern = locale.currency_formats["standard"].pattern
    if amount == int(amount):
        pattern = pattern.replace(".00", "")
        amount = int(amount)
    return format_currency(
        amount, currency, format=pattern, locale=locale, currency_digits=False
    )


@register.filter
def join_list(items):
    """["Cambodia", "Vietnam"] -> "Cambodia and Vietnam" / "柬埔寨和越南"."""
    items = [str(item) for item in items if item]
    if not items:
        return ""
    return format_list(items, locale=babel_locale())


@register.simple_tag
def list_separator():
    """The separator between list items: ", " in English, "、" in Japanese."""
    middle = babel_locale().list_patterns["standard"]["middle"]
    return middle.replace("{0}", "").replace("{1}", "")
