"""Readers follow the campaign list for new urgent appeals: an appeal
published for the first time is announced to them once."""

import pytest
from django.core import mail

from campaigns.factories import CampaignPageFactory
from campaigns.models import CampaignPage
from following.factories import FollowerFactory
from following.models import Follower
from tests.following.conftest import SAME_ORIGIN, republish

pytestmark = pytest.mark.django_db


def test_the_campaign_list_offers_to_follow_new_appeals(client, followed):
    html = client.get("/ja/campaigns/").content.decode()
    assert f'action="/ja/follow/{followed.tree.campaigns.pk}/"' in html

    response = client.post(
        f"/ja/follow/{followed.tree.campaigns.pk}/",
        {"email": "reader@example.org", "website": ""},
        **SAME_ORIGIN,
    )
    assert response.status_code == 303
    assert Follower.objects.get().page_id == followed.tree.campaigns.pk


def test_a_new_urgent_appeal_is_announced_once_with_a_link_to_it(followed):
    FollowerFactory(page=followed.tree.campaigns, language="ko")

    appeal = CampaignPageFactory(
        parent=followed.tree.campaigns,
        title="Garment workers locked out",
        slug="locked-out",
        kind="urgent_appeal",
        live=False,
    )
    appeal.save_revision().publish()
    republish(appeal)

    (message,) = mail.outbox
    assert "/ko/campaigns/locked-out/" in message.body
    assert "new urgent appeals" not in message.body  # in Korean


def test_a_new_campaign_or_an_update_of_the_list_is_not_announced(followed):
    FollowerFactory(page=followed.tree.campaigns)

    campaign = CampaignPageFactory(
        parent=followed.tree.campaigns, slug="a-campaign", kind="campaign", live=False
    )
    campaign.save_revision().publish()
    index = type(followed.tree.campaigns).objects.get(pk=followed.tree.campaigns.pk)
    index.save_revision().publish()

    assert mail.outbox == []


def test_case_followers_are_not_told_of_new_appeals(followed):
    FollowerFactory(page=followed.case)
    appeal = CampaignPageFactory(
        parent=followed.tree.campaigns, slug="another", kind="urgent_appeal", live=False
    )
    appeal.save_revision().publish()
    assert CampaignPage.objects.filter(slug="another").exists()
    assert mail.outbox == []
