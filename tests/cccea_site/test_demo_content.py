"""`load_demo_content` builds the whole site in four languages, once."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from cccea_site.demo_content.loader import load_content
from network.models import MemberOrganisationPage, MissionPage, RegionalCoalitionPage
from tests.conftest import LANGUAGES

UNTRANSLATED_KEYS = {"slug", "country", "kind", "founding_year", "number"}


def run_command():
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    return output.getvalue()


@pytest.fixture
def demo_site(db):
    run_command()


def shape(value, drop_untranslated):
    """The keys and list lengths of a TOML value, without its text."""
    if isinstance(value, dict):
        return {
            key: shape(item, drop_untranslated)
            for key, item in value.items()
            if not (drop_untranslated and key in UNTRANSLATED_KEYS)
        }
    if isinstance(value, list):
        return [shape(item, drop_untranslated) for item in value]
    return type(value).__name__


def test_every_language_file_has_the_english_files_shape():
    content = load_content()
    english = shape(content["en"], drop_untranslated=True)
    for language, table in content.items():
        assert shape(table, drop_untranslated=language == "en") == english, language


def test_running_twice_gives_the_same_tree(db):
    first = run_command()
    count = Page.objects.count()
    second = run_command()

    pages_built = count - 1  # every page but the tree root
    assert Page.objects.count() == count
    assert f"Demo content: {pages_built} created, 0 updated, 0 unchanged." in first
    assert f"Demo content: 0 created, 0 updated, {pages_built} unchanged." in second


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


def test_scale_option_adds_fictional_items_once(client, db):
    from campaigns.models import CampaignPage
    from network.models import MemberOrganisationPage

    call_command(
        "load_demo_content",
        "--campaigns",
        "5",
        "--organisations",
        "6",
        stdout=io.StringIO(),
    )
    campaigns = CampaignPage.objects.count()
    members = MemberOrganisationPage.objects.count()
    output = io.StringIO()
    call_command(
        "load_demo_content", "--campaigns", "5", "--organisations", "6", stdout=output
    )

    assert (
        "Scale data: 0 campaigns and 0 member organisations added." in output.getvalue()
    )
    assert CampaignPage.objects.count() == campaigns
    assert (
        MemberOrganisationPage.objects.filter(
            slug_en__startswith="scale-member-"
        ).count()
        == 6
    )
    case = CampaignPage.objects.get(slug_en="scale-case-3")
    assert "fictional" in case.title_en and "架空" in case.title_ja
    assert client.get("/ko/campaigns/scale-case-3/").status_code == 200
    assert members >= 10
