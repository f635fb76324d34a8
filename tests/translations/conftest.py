"""Shared fixtures of the translation tests."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


@pytest.fixture
def translator(client, db):
    """A test client logged in as a member of the Translators group only."""
    user = get_user_model().objects.create_user("translator", "t@example.org", "pw")
    user.groups.add(Group.objects.get(name="Translators"))
    client.force_login(user)
    return client


@pytest.fixture
def case(db):
    """A published case with two demands and an update, every text in four
    languages (the body as rich text)."""
    from campaigns.factories import (
        CampaignDemandFactory,
        CampaignIndexPageFactory,
        CampaignPageFactory,
        CampaignUpdateFactory,
    )
    from cccea_site.factories import site_with_home

    home = site_with_home()
    campaigns = CampaignIndexPageFactory(parent=home)
    page = CampaignPageFactory(parent=campaigns, title="Unpaid severance")
    CampaignDemandFactory(page=page, sort_order=0)
    CampaignDemandFactory(page=page, sort_order=1)
    CampaignUpdateFactory(page=page)
    page.save_revision().publish()
    return page
