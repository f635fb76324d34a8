"""The admin's password reset answers as fast for an unknown address as for
a known one, whatever the mail relay does."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.test import override_settings
from django.urls import reverse

RELAY_SECONDS = 1.5


class SlowRelayBackend(EmailBackend):
    """A mail relay that takes its time, as real ones do."""

    def send_messages(self, messages):
        time.sleep(RELAY_SECONDS)
        return super().send_messages(messages)


@pytest.fixture
def slow_relay():
    backend = f"{__name__}.SlowRelayBackend"
    with override_settings(EMAIL_BACKEND=backend):
        yield


def timed_reset(client, email):
    started = time.monotonic()
    response = client.post(reverse("wagtailadmin_password_reset"), {"email": email})
    assert response.status_code == 302
    return time.monotonic() - started


def wait_for_outbox(count, seconds=10):
    deadline = time.monotonic() + seconds
    while len(mail.outbox) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return len(mail.outbox)


def test_a_known_address_is_answered_without_waiting_for_the_relay(
    client, db, slow_relay
):
    get_user_model().objects.create_user("editor", "editor@example.org", "pw")

    known = timed_reset(client, "editor@example.org")
    unknown = timed_reset(client, "nobody@example.org")

    assert known < RELAY_SECONDS and unknown < RELAY_SECONDS
    assert wait_for_outbox(1) == 1  # the email still goes out, once
    assert mail.outbox[0].to == ["editor@example.org"]
    time.sleep(0.2)
    assert len(mail.outbox) == 1  # and none for the unknown address
