"""The demo site as visitors see it: the network, the mission, every page
fully translated (loaded once for the module: tests/conftest.py)."""

import pytest
from wagtail.models import Page

from network.models import MemberOrganisationPage, MissionPage, RegionalCoalitionPage
from tests.conftest import LANGUAGES


def test_tree_holds_the_network(demo_site):
    assert RegionalCoalitionPage.objects.live().count() == 4
    members = MemberOrganisationPage.objects.live()
    assert members.count() >= 4
    for member in members:
        assert "fictional" in member.title_en
        assert member.logo is not None


def test_mission_has_nine_commitments_in_order(demo_site):
    mission = MissionPage.objects.get()
    commitments = list(mission.commitments.all())
    assert len(commitments) == 9
    assert commitments[0].text_en.startswith("Work in solidarity")
    assert commitments[7].text_en.startswith("Work together to strengthen")
    for commitment in commitments:
        assert commitment.text_zh_hant and commitment.text_ja and commitment.text_ko


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demo_page_renders_fully_translated(client, demo_site, language):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        path = f"/{language}{page.url_path_en.removeprefix('/home')}"
        response = client.get(path)
        html = response.content.decode()
        assert response.status_code == 200, path
        assert 'class="fallback-notice"' not in html, path


@pytest.mark.parametrize("language", LANGUAGES)
def test_facts_read_the_same_in_every_language(client, demo_site, language):
    html = client.get(f"/{language}/about/").content.decode()
    for fact in ("1989", "235", "45", "2016", "Schone Kleren Campagne"):
        assert fact in html, (language, fact)
