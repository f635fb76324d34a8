"""The demo content gives every filter something to show, all of it fictional."""

import pytest

from campaigns.models import Brand, CampaignPage


def test_demo_cases_spread_over_the_filters(demo_site):
    cases = CampaignPage.objects.live()
    assert cases.count() >= 8
    assert {case.kind for case in cases} == {"campaign", "urgent_appeal"}
    assert {case.status for case in cases} == {"active", "won", "settled", "closed"}
    assert len({code for case in cases for code in case.countries}) >= 5
    assert len({case.started_on.year for case in cases}) >= 4
    for case in cases:
        assert case.title_en.startswith("Example"), case.title_en
        assert case.demands.count() and case.updates.count()
        assert case.title_zh_hant and case.title_ja and case.title_ko
        assert case.publication_consent or case.kind == "campaign"


def test_demo_brands_are_fictional(demo_site):
    for brand in Brand.objects.all():
        assert "fictional" in brand.name_en
        assert brand.alias_list()


@pytest.mark.parametrize("language", ["en", "zh-hant", "ja", "ko"])
def test_demo_listing_and_cases_render(client, demo_site, language):
    assert client.get(f"/{language}/campaigns/").status_code == 200
    for case in CampaignPage.objects.live():
        path = f"/{language}/campaigns/{case.slug_en}/"
        assert client.get(path).status_code == 200, path
        assert client.get(path + "print/").status_code == 200, path
