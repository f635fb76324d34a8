"""Forged, automated, excessive, late and malformed submissions get a clear
answer in the visitor's language, and never a half-saved signature."""

import datetime
import logging

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from actions.models import Signature
from tests.actions.conftest import SAME_ORIGIN, sign_data

pytestmark = pytest.mark.django_db


def sign(client, action, language="en", headers=SAME_ORIGIN, **values):
    return client.post(
        f"/{language}/actions/{action.pk}/sign/", sign_data(**values), **headers
    )


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_ORIGIN": "https://evil.example"},
        {},
    ],
    ids=["cross-site", "same-site", "other-origin", "no-origin"],
)
def test_a_form_posted_from_another_site_is_refused(client, petition, headers):
    response = sign(client, petition.action, headers=headers)

    assert response.status_code == 403
    assert Signature.objects.count() == 0
    assert mail.outbox == []


def test_browsers_without_fetch_metadata_are_checked_by_origin(client, petition):
    response = sign(
        client, petition.action, headers={"HTTP_ORIGIN": "http://testserver"}
    )
    assert response.status_code == 303
    assert Signature.objects.count() == 1


def test_a_filled_honeypot_looks_accepted_but_stores_and_sends_nothing(
    client, petition
):
    response = sign(client, petition.action, website="http://spam.example")

    assert response.status_code == 303
    assert Signature.objects.count() == 0
    assert mail.outbox == []


def test_an_address_asking_too_often_is_slowed_down(client, petition, settings):
    settings.ACTIONS_RATE_PER_ADDRESS = 2
    answers = [sign(client, petition.action).status_code for _ in range(3)]

    assert answers == [303, 303, 429]
    assert len(mail.outbox) == 2
    assert sign(client, petition.action, email="other@example.org").status_code == 303


def test_an_action_flooded_with_requests_is_slowed_down(client, petition, settings):
    settings.ACTIONS_RATE_PER_ACTION = 2
    answers = [
        sign(client, petition.action, email=f"s{n}@example.org").status_code
        for n in range(3)
    ]
    assert answers == [303, 303, 429]
    assert Signature.objects.count() == 2


def test_limits_still_hold_per_worker_while_the_cache_is_down(
    client, petition, redis_down
):
    # override_settings, not the `settings` fixture: that one would restore
    # the broken cache after redis_down had put the real one back.
    with override_settings(ACTIONS_RATE_PER_ADDRESS=1):
        assert sign(client, petition.action).status_code == 303
        assert sign(client, petition.action).status_code == 429


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"name": ""}, "name", "This field is required."),
        ({"email": "not-an-address"}, "email", "Enter an email address"),
        ({"name": "x" * 121}, "name", "at most 120 characters"),
        ({"name": "Chan\x07Tai Man"}, "name", "control characters"),
        ({"name": "Chan\u202eTai"}, "name", "control characters"),
        ({"country": ""}, "country", "This field is required."),
        ({"country": "XX"}, "country", "Select a valid choice"),
        ({"organisation": "o" * 201}, "organisation", "at most 200 characters"),
    ],
)
def test_a_bad_value_gets_a_field_error_and_the_others_are_kept(
    client, petition, values, field, message
):
    response = sign(client, petition.action, **{"name": "Keep Me", **values})

    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert f'id="action-{petition.action.pk}-{field}-error"' in html
    assert 'aria-invalid="true"' in html
    if field != "name":
        assert 'value="Keep Me"' in html
    assert Signature.objects.count() == 0
    assert mail.outbox == []


def test_errors_are_in_the_visitors_language(client, petition):
    response = sign(client, petition.action, language="ja", name="")
    assert response.status_code == 400
    assert '<html lang="ja">' in response.content.decode()


def test_javascript_gets_the_form_alone_with_its_errors(client, petition):
    response = sign(
        client,
        petition.action,
        headers={**SAME_ORIGIN, "HTTP_X_ACTION_FORM": "fragment"},
        email="nope",
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert response["X-Action-Form"] == "fragment"
    assert html.lstrip().startswith("<form")
    assert "<html" not in html


def test_javascript_gets_check_your_inbox_in_place(client, petition):
    response = sign(
        client,
        petition.action,
        headers={**SAME_ORIGIN, "HTTP_X_ACTION_FORM": "fragment"},
    )
    assert response.status_code == 200
    assert response["X-Action-Form"] == "fragment"
    assert "Check your inbox" in response.content.decode()
    assert Signature.objects.count() == 1


def test_a_closed_action_shows_the_final_count_and_takes_no_signature(client, petition):
    petition.action.closes_at = timezone.now() - datetime.timedelta(hours=1)
    petition.action.save()

    page = client.get("/en/campaigns/example-severance-case/").content.decode()
    late = sign(client, petition.action)

    assert "Final count" in page
    assert 'action="/en/actions/' not in page
    assert late.status_code == 410
    assert "This action is closed" in late.content.decode()
    assert Signature.objects.count() == 0


def test_an_action_closed_by_hand_is_closed(client, petition):
    petition.action.closed_by_hand = True
    petition.action.save()
    assert sign(client, petition.action).status_code == 410


def test_an_action_on_no_live_page_is_not_found(client, petition):
    petition.case.unpublish()
    response = sign(
        client,
        petition.action,
        headers={**SAME_ORIGIN, "HTTP_X_ACTION_FORM": "fragment"},
    )
    assert response.status_code == 404
    assert not response.has_header("X-Action-Form")  # the script posts as a page
    assert Signature.objects.count() == 0


def test_a_huge_body_is_refused_before_it_is_read(client, petition):
    response = sign(client, petition.action, name="x" * 100_000)
    assert response.status_code == 413
    assert Signature.objects.count() == 0


def test_a_get_of_the_sign_address_shows_the_action_on_its_own_page(client, petition):
    response = client.get(f"/ko/actions/{petition.action.pk}/sign/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in html and "Pay the workers now [ko]" in html


def test_no_address_reaches_the_logs(client, petition, caplog, settings):
    settings.ACTIONS_RATE_PER_ADDRESS = 1
    with caplog.at_level(logging.DEBUG):
        sign(client, petition.action, email="secret.person@example.org")
        sign(client, petition.action, email="secret.person@example.org")
        sign(
            client,
            petition.action,
            email="secret.person@example.org",
            headers={"HTTP_SEC_FETCH_SITE": "cross-site"},
        )
    assert "secret.person" not in caplog.text
