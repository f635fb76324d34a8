"""The demo site has a petition on an urgent appeal and a pledge on a
campaign, in four languages, with fictional confirmed signatures."""

import io

import pytest
from django.core.management import call_command

from actions.models import Action, Signature
from campaigns.models import CampaignPage


def test_demo_actions_sit_on_their_cases_with_a_count(demo_site):
    petition = CampaignPage.objects.get(attached_action__kind="petition")
    pledge = CampaignPage.objects.get(attached_action__kind="pledge")
    assert petition.kind == "urgent_appeal"
    assert pledge.kind == "campaign"
    for action in Action.objects.all():
        assert action.title_zh_hant and action.title_ja and action.title_ko
        assert action.confirmed_count > 0
        assert (
            Signature.objects.filter(action=action)
            .exclude(email__endswith="@example.invalid")
            .count()
            == 0
        )


@pytest.mark.parametrize("language", ["en", "zh-hant", "ja", "ko"])
def test_the_demo_petition_shows_its_count_and_form(client, demo_site, language):
    case = CampaignPage.objects.get(attached_action__kind="petition")
    html = client.get(f"/{language}/campaigns/{case.slug_en}/").content.decode()
    assert f'action="/{language}/actions/{case.attached_action_id}/sign/"' in html
    assert "137" in html


def test_loading_again_adds_no_signatures(demo_site):
    before = Signature.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert Signature.objects.count() == before
    assert Action.objects.count() == 2


def test_a_demo_case_has_fictional_followers_in_four_languages(demo_site):
    from following.models import Follower

    followers = Follower.objects.confirmed()
    languages = {follower.language for follower in followers}
    assert languages == {"en", "zh-hant", "ja", "ko"}
    assert all(follower.email.endswith("@example.org") for follower in followers)
    assert len({follower.page_id for follower in followers}) == 1
