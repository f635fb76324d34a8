"""Factories for the home page and standard pages, shared by tests and scale data.

Every translated text gets a value in all four languages by default, marked
with its language ("Home [ja]"), so a test can see which language it shows;
pass `<field>_<lang>=""` to leave a translation missing.
"""

import factory
from wagtail.models import Page, Site

from cccea_site.home.page import HomePage, HomePageKeyFigure
from cccea_site.pages.factories import TranslatedPageFactory, in_every_language
from cccea_site.pages.standard import StandardPage
from cccea_site.serving.tree import fix_root_translations


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
