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

    asked = client.get(confirm_link(message))
    assert asked.status_code == 200
    assert "action-state--confirm" in asked.content.decode()  # a button to press
    assert Signature.objects.get().confirmed_at is None  # opening it is not enough

    confirmed = client.post(confirm_link(message))

    assert confirmed.status_code == 200
    assert Signature.objects.get().confirmed_at is not None
    petition.action.refresh_from_db()
    assert petition.action.confirmed_count == 1


def test_the_signer_gets_the_email_in_the_language_they_signed_in(client, petition):
    sign(client, petition.action, language="ko")

    message = mail.outbox[0]
    assert "Pay the workers now [ko]" in message.subject
    assert "/ko/actions/confirm/" in message.body
    html = message.alternatives[0][0]
    assert '<html lang="ko">' in html


def test_the_email_is_multipart_with_withdrawal_headers(client, petition, settings):
    settings.ACTIONS_FROM_EMAIL = "actions@cccea.example.org"
    settings.ACTIONS_REPLY_TO = "team@cccea.example.org"
    sign(client, petition.action)

    message = mail.outbox[0].message()
    assert message["From"] == "actions@cccea.example.org"
    assert message["Reply-To"] == "team@cccea.example.org"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert re.fullmatch(
        r"<https?://\S+/en/actions/withdraw/\S+/>", message["List-Unsubscribe"]
    )
    assert message.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in message.get_payload()] == [
        "text/plain",
        "text/html",
    ]


def test_the_address_is_normalised(client, petition):
    sign(client, petition.action, email="  ＣＨＡＮ@Example.ORG ")
    assert Signature.objects.get().email == "chan@example.org"


def test_signing_again_resends_the_confirmation_without_a_second_signature(
    client, petition
):
    first = sign(client, petition.action, name="First")
    second = sign(client, petition.action, email="CHAN@example.org", name="Other")

    assert second.status_code == first.status_code == 303
    assert second["Location"] == first["Location"]
    assert Signature.objects.count() == 1
    assert Signature.objects.get().name == "First"  # nobody renames a signer
    assert len(mail.outbox) == 2
    assert all(confirm_link(message) for message in mail.outbox)


def test_signing_again_once_confirmed_says_nothing_new_and_counts_once(
    client, petition
):
    sign(client, petition.action)
    client.post(confirm_link(mail.outbox[0]))
    again = sign(client, petition.action)

    assert again.status_code == 303
    assert Signature.objects.count() == 1
    assert "already signed" in mail.outbox[1].body
    petition.action.refresh_from_db()
    assert petition.action.confirmed_count == 1


def test_the_confirmation_page_is_a_real_page_in_the_signers_language(client, petition):
    sign(client, petition.action, language="zh-hant")
    page = client.post(confirm_link(mail.outbox[0]))

    html = page.content.decode()
    assert '<html lang="zh-hant">' in html
    assert "<h1" in html
    assert 'class="action__count"' in html
    assert "no-store" in page["Cache-Control"]


def test_a_link_used_twice_says_it_is_already_confirmed(client, petition):
    sign(client, petition.action)
    link = confirm_link(mail.outbox[0])
    client.post(link)

    again = client.get(link)
    assert "action-state--confirm" not in again.content.decode()
    posted_again = client.post(link)

    assert again.status_code == 200
    assert "already confirmed" in again.content.decode()
    assert "already confirmed" in posted_again.content.decode()
    assert Signature.objects.confirmed().count() == 1


def test_a_forged_or_altered_link_is_refused(client, petition):
    sign(client, petition.action)
    link = confirm_link(mail.outbox[0])
    forged = link[:-3] + ("A" if link[-3] != "A" else "B") + link[-2:]

    response = client.post(forged)

    assert response.status_code == 400
    assert "not valid" in response.content.decode()
    assert Signature.objects.confirmed().count() == 0


def test_an_expired_link_says_so(client, petition, settings):
    sign(client, petition.action)
    link = confirm_link(mail.outbox[0])
    settings.ACTIONS_UNCONFIRMED_DAYS = 0

    response = client.post(link)

    assert response.status_code == 410
    assert "expired" in response.content.decode()
    assert Signature.objects.confirmed().count() == 0


def test_the_withdrawal_link_asks_then_deletes_the_personal_data(client, petition):
    sign(client, petition.action)
    client.post(confirm_link(mail.outbox[0]))
    path = re.search(
        r"https?://[^/\s]+(/\S+/actions/withdraw/\S+/)", mail.outbox[0].body
    )[1]

    asked = client.get(path)
    assert asked.status_code == 200
    assert Signature.objects.count() == 1  # a mail scanner's visit withdraws nothing
    assert "<form" in asked.content.decode()

    withdrawn = client.post(path)
    assert withdrawn.status_code == 200
    assert Signature.objects.count() == 0
    again = client.post(path)
    assert again.status_code == 200  # withdrawing twice is not an error
    assert client.get(confirm_link(mail.outbox[0])).status_code == 410


def test_one_click_unsubscribe_withdraws(client, petition):
    sign(client, petition.action)
    unsubscribe = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>")
    path = re.sub(r"^https?://[^/]+", "", unsubscribe)

    response = client.post(path, {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    assert Signature.objects.count() == 0
