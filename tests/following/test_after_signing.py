"""A signer who ticked "keep me informed" is offered, on the confirmed page,
to follow the case in one click, without a second confirmation email."""

import re

import pytest
from django.core import mail

from following.models import Follower
from tests.actions.conftest import SAME_ORIGIN, sign_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_case(followed):
    from actions.factories import ActionFactory

    case = followed.case
    case.attached_action = ActionFactory()
    case.save()
    return case


def sign_and_confirm(client, case, keep_informed):
    data = sign_data(keep_informed="on" if keep_informed else "")
    client.post(f"/ja/actions/{case.attached_action.pk}/sign/", data, **SAME_ORIGIN)
    path = re.search(
        r"https?://[^/\s]+(/\S+/actions/confirm/\S+/)", mail.outbox[-1].body
    )[1]
    return client.post(path).content.decode()


def offer_path(html):
    return re.search(r'action="(/ja/follow/after-signing/[^"]+)"', html)[1]


def test_the_offer_follows_the_case_in_one_click(client, signed_case):
    confirmed = sign_and_confirm(client, signed_case, keep_informed=True)
    sent_before = len(mail.outbox)

    response = client.post(offer_path(confirmed))

    assert response.status_code == 200
    follower = Follower.objects.get()
    assert follower.is_confirmed and follower.language == "ja"
    assert follower.page_id == signed_case.pk
    assert len(mail.outbox) == sent_before  # no second confirmation
    assert client.post(offer_path(confirmed)).status_code == 200  # twice: still one
    assert Follower.objects.count() == 1


def test_no_offer_without_keep_me_informed(client, signed_case):
    confirmed = sign_and_confirm(client, signed_case, keep_informed=False)
    assert "/follow/after-signing/" not in confirmed


def test_the_offer_link_opened_shows_a_button_and_follows_nothing(client, signed_case):
    path = offer_path(sign_and_confirm(client, signed_case, keep_informed=True))

    assert client.get(path).status_code == 200
    assert Follower.objects.count() == 0


def test_an_altered_offer_or_another_page_is_refused(client, signed_case, followed):
    path = offer_path(sign_and_confirm(client, signed_case, keep_informed=True))
    altered = path[:-3] + ("A" if path[-3] != "A" else "B") + path[-2:]
    elsewhere = path.replace(f"/{signed_case.pk}/", f"/{followed.tree.about.pk}/")

    assert client.post(altered).status_code == 400
    assert client.post(elsewhere).status_code == 404
    assert Follower.objects.count() == 0
