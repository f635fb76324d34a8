"""Campaign fixtures: a spread of cases over every filter."""

import datetime

import pytest
from django.utils import translation

from campaigns.factories import BrandFactory, CampaignPageFactory, CampaignUpdateFactory
from campaigns.models import CampaignPage

KIND = CampaignPage.Kind
STATUS = CampaignPage.Status


@pytest.fixture
def cases(site_tree):
    """Five more cases beside site_tree.case (urgent, active, KH, 2026, northwind)."""
    with translation.override("en"):
        bluecrest = BrandFactory(slug="bluecrest", name="Bluecrest (fictional)")
        northwind = site_tree.case.brands.get()
        specs = [
            ("bd-won", KIND.URGENT_APPEAL, STATUS.WON, ["BD"], [bluecrest], 2025),
            (
                "mm-settled",
                KIND.URGENT_APPEAL,
                STATUS.SETTLED,
                ["MM"],
                [northwind],
                2024,
            ),
            (
                "wage",
                KIND.CAMPAIGN,
                STATUS.ACTIVE,
                ["BD", "KH"],
                [northwind, bluecrest],
                2022,
            ),
            ("transparency", KIND.CAMPAIGN, STATUS.WON, ["TW"], [bluecrest], 2023),
            ("vn-closed", KIND.URGENT_APPEAL, STATUS.CLOSED, ["VN"], [], 2023),
        ]
        made = {"severance": site_tree.case}
        for slug, kind, status, countries, brands, year in specs:
            made[slug] = CampaignPageFactory(
                parent=site_tree.campaigns,
                slug=slug,
                title=f"Example {slug}",
                kind=kind,
                status=status,
                countries=countries,
                brands=brands,
                started_on=datetime.date(year, 1, 10),
            )
            CampaignUpdateFactory(page=made[slug], date=datetime.date(year, 6, 1))
    return made
