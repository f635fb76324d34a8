"""Factories for the site-wide pages, shared by the tests and scale data.

Every translated text gets a value in all four languages by default, marked
with its language ("Home [ja]"), so a test can see which language it shows;
pass `<field>_<lang>=""` to leave a translation missing.
"""

import factory
import wagtail_factories
from django.conf import settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from cccea_site.models import HomePage, HomePageKeyFigure, StandardPage
from cccea_site.tree import fix_root_translations


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


class HomePageFactory(TranslatedPageFactory):
    class Meta:
        model = HomePage

    title = "Home"
    slug = "home"
    locals().update(in_every_language("hero_heading", "Hero"))
    locals().update(in_every_language("intro", "Introduction", rich=True))


class HomePageKeyFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HomePageKeyFigure

    page = factory.SubFactory(HomePageFactory)
    number = factory.Sequence(lambda n: f"{n + 1}0+")
    locals().update(in_every_language("label", "organisations"))


class StandardPageFactory(TranslatedPageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Standard page {n}")
    locals().update(in_every_language("intro", "Intro"))
    locals().update(in_every_language("body", "Body", rich=True))


def site_with_home(**home_fields):
    """A home page under the tree root, made the default site's root page."""
    fix_root_translations()
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, **home_fields)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"root_page": home, "hostname": "localhost", "port": 80},
    )
    return home
