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
