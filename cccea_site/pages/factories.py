"""Factories for the base of every page, shared by every app's factories.

Every translated text gets a value in all four languages by default, marked
with its language ("Home [ja]"), so a test can see which language it shows;
pass `<field>_<lang>=""` to leave a translation missing.
"""

import factory
import wagtail_factories
from django.conf import settings
from modeltranslation.utils import build_localized_fieldname


def in_every_language(field_name, text, rich=False):
    """Factory declarations for `field_name` in each language, e.g. title_ja."""
    declarations = {}
    for code, _name in settings.LANGUAGES:
        value = f"{text} [{code}]"
        declarations[build_localized_fieldname(field_name, code)] = (
            f"<p>{value}</p>" if rich else value
        )
    declarations[field_name] = declarations[build_localized_fieldname(field_name, "en")]
    return declarations


class TranslatedPageFactory(wagtail_factories.PageFactory):
    """A page whose title is set in every language.

    Subclasses add their translated fields with
    `locals().update(in_every_language(...))`: in a class body, locals() is the
    namespace factory_boy reads its declarations from.
    """

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")
    title_en = factory.SelfAttribute("title")
    title_zh_hant = factory.LazyAttribute(lambda page: f"{page.title} [zh-hant]")
    title_ja = factory.LazyAttribute(lambda page: f"{page.title} [ja]")
    title_ko = factory.LazyAttribute(lambda page: f"{page.title} [ko]")
    live = True
