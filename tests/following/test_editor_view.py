"""An editor sees, on the case's edit view, how many follow it and what each
announced update reached; never an address."""

import pytest

from following.factories import FollowerFactory
from tests.following.conftest import publish_with_update

pytestmark = pytest.mark.django_db


def test_the_edit_view_counts_followers_and_emails_sent(editor, followed):
    FollowerFactory(page=followed.case, email="secret-reader@example.org")
    FollowerFactory(page=followed.case, confirmed_at=None)  # not counted
    publish_with_update(followed.case, title="Factory reopens")

    response = editor.get(f"/admin/pages/{followed.case.pk}/edit/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "1 reader follows this case by email" in html
    assert "Factory reopens" in html
    assert "sent to 1 of 1 followers" in html
    assert "secret-reader@example.org" not in html


def test_a_new_case_shows_no_followers(editor, followed):
    response = editor.get(
        f"/admin/pages/add/campaigns/campaignpage/{followed.tree.campaigns.pk}/"
    )
    assert response.status_code == 200
    assert "0 readers follow this case by email" in response.content.decode()
