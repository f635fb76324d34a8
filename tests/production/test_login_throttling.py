"""Guessing admin passwords locks the account for that address, for a while."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.utils import timezone


@pytest.fixture
def editor(django_user_model, db):
    return django_user_model.objects.create_user("editor", password="correct-horse")


def login(client, password):
    return client.post("/admin/login/", {"username": "editor", "password": password})


def test_five_failures_lock_the_account(client, editor):
    for _attempt in range(4):
        assert login(client, "wrong").status_code == 200  # the form again
    locked = login(client, "wrong")

    assert locked.status_code == 429
    assert "Too many failed log-in attempts" in locked.content.decode()
    # Even the right password is refused while locked.
    assert login(client, "correct-horse").status_code == 429


def test_lock_message_is_in_the_admins_language(client, editor):
    for _attempt in range(5):
        response = client.post(
            "/admin/login/",
            {"username": "editor", "password": "wrong"},
            headers={"accept-language": "ja"},
        )
    assert response.status_code == 429
    assert "ログイン" in response.content.decode()


def test_lock_expires(client, editor):
    for _attempt in range(5):
        login(client, "wrong")
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - datetime.timedelta(minutes=16)
    )

    response = login(client, "correct-horse")

    assert response.status_code == 302


def test_lock_is_per_address(client, editor):
    for _attempt in range(5):
        login(client, "wrong")
    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": "correct-horse"},
        REMOTE_ADDR="192.0.2.10",
    )
    assert response.status_code == 302
