"""Factories for campaigns, cases and brands (see cccea_site.pages.factories)."""

import datetime

import factory
from django.utils import timezone

from campaigns.models import (
    Brand,
    CampaignDemand,
    CampaignIndexPage,
    CampaignPage,
    CampaignUpdate,
)
from cccea_site.pages.factories import TranslatedPageFactory, in_every_language


class BrandFactory(factory.django.DjangoModelFactory):
    """A published brand, as editors leave them; `draft=True` for one never
    published (visitors do not see it)."""

    class Meta:
        model = Brand
        django_get_or_create = ("slug",)

    class Params:
        draft = factory.Trait(live=False, first_published_at=None)

    name = factory.Sequence(lambda n: f"Example Brand {n} (fictional)")
    name_en = factory.SelfAttribute("name")
    name_zh_hant = factory.LazyAttribute(lambda brand: f"{brand.name} [zh-hant]")
    name_ja = factory.LazyAttribute(lambda brand: f"{brand.name} [ja]")
    name_ko = factory.LazyAttribute(lambda brand: f"{brand.name} [ko]")
    slug = factory.Sequence(lambda n: f"example-brand-{n}")
    live = True
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.SelfAttribute("first_published_at")


class CampaignIndexPageFactory(TranslatedPageFactory):
    class Meta:
        model = CampaignIndexPage

    title = "Campaigns"
    slug = "campaigns"
    show_in_menus = True
    locals().update(in_every_language("intro", "Campaign intro", rich=True))


class CampaignPageFactory(TranslatedPageFactory):
    class Meta:
        model = CampaignPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Example case {n}")
    kind = CampaignPage.Kind.URGENT_APPEAL
    status = CampaignPage.Status.ACTIVE
    publication_consent = True
    countries = ["KH"]
    employer = "Example Garment Factory (fictional)"
    workers_affected = 1100
    amount_owed = 1450000
    currency = "USD"
    started_on = datetime.date(2026, 3, 2)
    # A case that ended has the date it ended (a database constraint).
    resolved_on = factory.LazyAttribute(
        lambda case: (
            None
            if case.status == CampaignPage.Status.ACTIVE
            else case.started_on + datetime.timedelta(days=90)
        )
    )
    cta_url = "https://example.org/petition"
    locals().update(in_every_language("summary", "Case summary"))
    locals().update(in_every_language("body", "Case body", rich=True))
    locals().update(in_every_language("cta_heading", "Act now"))
    locals().update(in_every_language("cta_button_label", "Sign"))

    @factory.post_generation
    def brands(page, create, extracted, **kwargs):
        if create and extracted:
            page.brands.set(extracted)
            page.save()


class CampaignDemandFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CampaignDemand

    page = factory.SubFactory(CampaignPageFactory)
    sort_order = factory.Sequence(int)
    locals().update(in_every_language("text", "Pay the workers"))


class CampaignUpdateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CampaignUpdate

    page = factory.SubFactory(CampaignPageFactory)
    date = datetime.date(2026, 4, 15)
    sort_order = factory.Sequence(int)
    locals().update(in_every_language("title", "Brands respond"))
    locals().update(in_every_language("text", "One brand agreed to meet."))
