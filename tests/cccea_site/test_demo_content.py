"""`load_demo_content` builds the whole site in four languages, once."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from actions.demo_content import loader as actions_demo
from campaigns.demo_content import loader as campaigns_demo
from cccea_site.demo_content import site as site_demo
from cccea_site.demo_content.helpers import load_content
from network.demo_content import loader as network_demo
from network.models import MemberOrganisationPage
from news.demo_content import loader as news_demo

# Values written once, in en.toml: the same in every language.
UNTRANSLATED_KEYS = {
    "slug", "country", "kind", "founding_year", "number",  # site and network
    "status", "countries", "started_on", "resolved_on", "date", "factory",
    "workers_affected", "amount_owed", "currency", "consent", "related",
    "cta_url", "aliases", "brands",  # campaigns
    "case", "goal", "signatures",  # actions
    "topics", "authors", "cases", "languages",  # news
}  # fmt: skip


def run_command():
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    return output.getvalue()


def shape(value, drop_untranslated, top=True):
    """The keys and list lengths of a TOML value, without its text.

    Untranslated keys are dropped below the top level only: a top-level
    table (the brands) holds text to translate.
    """
    if isinstance(value, dict):
        return {
            key: shape(item, drop_untranslated, top=False)
            for key, item in value.items()
            if top or not (drop_untranslated and key in UNTRANSLATED_KEYS)
        }
    if isinstance(value, list):
        return [shape(item, drop_untranslated, top=False) for item in value]
    return type(value).__name__


@pytest.mark.parametrize(
    "directory",
    [
        site_demo.CONTENT_DIR,
        network_demo.CONTENT_DIR,
        campaigns_demo.CONTENT_DIR,
        actions_demo.CONTENT_DIR,
        news_demo.CONTENT_DIR,
    ],
    ids=["site", "network", "campaigns", "actions", "news"],
)
def test_every_language_file_has_the_english_files_shape(directory):
    content = load_content(directory)
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


def test_scale_option_adds_fictional_items_once(client, db):
    from campaigns.models import CampaignPage

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
