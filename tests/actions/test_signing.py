"""Visitors sign an action on a case page; the signature counts once confirmed."""

import re

import pytest
from django.core import mail

from actions.models import Signature
from tests.actions.conftest import SAME_ORIGIN, sign_data

pytestmark = pytest.mark.django_db


def sign(client, action, language="en", headers=SAME_ORIGIN, **values):
    return client.post(
        f"/{language}/actions/{action.pk}/sign/", sign_data(**values), **headers
    )


def confirm_link(message):
    return re.search(r"https?://[^/\s]+(/\S+/actions/confirm/\S+/)", message.body)[1]


def test_the_case_page_shows_the_form_and_the_count(client, petition):
    response = client.get("/ja/campaigns/example-severance-case/")
    html = response.content.decode()
    assert "Pay the workers now [ja]" in html
    assert 'action="/ja/actions/' in html
    assert "csrfmiddlewaretoken" not in html


def test_signing_sends_a_confirmation_and_the_link_counts_the_signature(
    client, petition
):
    response = sign(client, petition.action, language="ja")

    assert response.status_code == 303
    assert response["Location"] == f"/ja/actions/{petition.action.pk}/check-your-inbox/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["chan@example.org"]
    assert "chan@example.org" not in confirm_link(message)
    assert Signature.objects.get().confirmed_at is None

    confirmed = client.get(confirm_link(message))

    assert confirmed.status_code == 200
    assert Signature.objects.get().confirmed_at is not None
    petition.action.refresh_from_db()
    assert petition.action.confirmed_count == 1
