"""Factories for the network pages (see cccea_site.pages.factories for conventions)."""

import factory

from cccea_site.pages.factories import TranslatedPageFactory, in_every_language
from network.models import (
    AboutPage,
    GlobalNetworkPage,
    MemberOrganisationPage,
    MissionCommitment,
    MissionPage,
    RegionalCoalitionPage,
    VisionPage,
)


class AboutPageFactory(TranslatedPageFactory):
    class Meta:
        model = AboutPage

    title = "About us"
    slug = "about"
    show_in_menus = True
    locals().update(in_every_language("who_we_are", "Who we are", rich=True))
    locals().update(in_every_language("how_we_work", "How we work", rich=True))
    locals().update(in_every_language("focus_issues", "Focus issues", rich=True))


class VisionPageFactory(TranslatedPageFactory):
    class Meta:
        model = VisionPage

    title = "Vision"
    slug = "vision"
    locals().update(in_every_language("statement", "Vision statement", rich=True))


class MissionPageFactory(TranslatedPageFactory):
    class Meta:
        model = MissionPage

    title = "Mission"
    slug = "mission"
    locals().update(in_every_language("statement", "Mission statement", rich=True))


class MissionCommitmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MissionCommitment

    page = factory.SubFactory(MissionPageFactory)
    text = factory.Sequence(lambda n: f"Commitment {n}")
    text_en = factory.SelfAttribute("text")
    text_zh_hant = factory.LazyAttribute(lambda item: f"{item.text} [zh-hant]")
    text_ja = factory.LazyAttribute(lambda item: f"{item.text} [ja]")
    text_ko = factory.LazyAttribute(lambda item: f"{item.text} [ko]")


class GlobalNetworkPageFactory(TranslatedPageFactory):
    class Meta:
        model = GlobalNetworkPage

    title = "Global Network"
    slug = "global-network"
    show_in_menus = True
    locals().update(
        in_every_language("how_organised", "How it is organised", rich=True)
    )
    locals().update(in_every_language("other_regions", "Other regions", rich=True))


class RegionalCoalitionPageFactory(TranslatedPageFactory):
    class Meta:
        model = RegionalCoalitionPage

    title = factory.Sequence(lambda n: f"Coalition {n}")
    founding_year = 2016
    locals().update(in_every_language("region", "East Asia"))
    locals().update(
        in_every_language("description", "Coalition description", rich=True)
    )


class MemberOrganisationPageFactory(TranslatedPageFactory):
    class Meta:
        model = MemberOrganisationPage

    title = factory.Sequence(lambda n: f"Example Workers' Union {n} (fictional)")
    country = "KR"
    kind = MemberOrganisationPage.Kind.TRADE_UNION
    website = "https://union.example.org/"
    locals().update(in_every_language("description", "Member description", rich=True))
