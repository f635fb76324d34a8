"""`make run`'s set-up (`manage.py set_up_local_site`): a short summary on the
terminal, with where to look and an account to log in with; the details in a
log file. Set up once for the module, then rolled back."""

import io
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.test import override_settings

from cccea_site.management.commands import set_up_local_site
from cccea_site.operations.demo_editor import DEMO_EDITOR_USERNAME


@pytest.fixture(scope="module")
def set_up(django_db_setup, django_db_blocker, tmp_path_factory):
    """What the set-up printed to the terminal and to its log file."""
    log = tmp_path_factory.mktemp("build") / "set-up.log"
    stdout, stderr = io.StringIO(), io.StringIO()
    with django_db_blocker.unblock(), transaction.atomic():
        with override_settings(DEBUG=True):
            call_command(
                "set_up_local_site",
                "--port",
                "8765",
                "--log",
                str(log),
                stdout=stdout,
                stderr=stderr,
            )
        yield {
            "terminal": stdout.getvalue() + stderr.getvalue(),
            "log": log.read_text(),
            "log_path": str(log),
        }
        transaction.set_rollback(True)


@pytest.fixture
def summary(set_up, db):
    return set_up["terminal"]


def printed_password(summary):
    return re.search(r"password: (\S+)", summary).group(1)


def test_summary_lists_the_site_in_every_language_and_the_admin(summary):
    for prefix in ("en", "zh-hant", "ja", "ko"):
        assert f"http://127.0.0.1:8765/{prefix}/" in summary
    assert "http://127.0.0.1:8765/admin/" in summary


def test_demo_editor_logs_in_to_the_admin_with_the_printed_password(summary, client):
    assert f"username: {DEMO_EDITOR_USERNAME}" in summary

    response = client.post(
        "/admin/login/",
        {"username": DEMO_EDITOR_USERNAME, "password": printed_password(summary)},
        follow=True,
    )

    assert response.status_code == 200
    assert response.wsgi_request.user.username == DEMO_EDITOR_USERNAME
    assert client.get("/admin/").status_code == 200


def test_the_summary_pages_answer(summary, client):
    for url in re.findall(r"http://127\.0\.0\.1:8765(/\S*)", summary):
        if url != "/admin/":
            assert client.get(url).status_code == 200, url


def test_set_up_noise_goes_to_the_log_not_the_terminal(set_up, db):
    terminal, log = set_up["terminal"], set_up["log"]

    assert "Operations to perform" in log  # migrate
    assert "created" in log or "unchanged" in log  # a line per demo page
    assert "Operations to perform" not in terminal
    assert "unchanged" not in terminal
    assert len(terminal.splitlines()) < 25
    assert set_up["log_path"] in terminal


def test_a_failing_step_stops_with_a_pointer_to_the_log(
    db, settings, tmp_path, monkeypatch
):
    settings.DEBUG = True
    monkeypatch.setattr(
        set_up_local_site, "STEPS", [("Loading the demo content", "load_demo_content")]
    )

    def broken_loader():
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(
        "cccea_site.management.commands.load_demo_content.load_demo_content",
        broken_loader,
    )
    log = tmp_path / "set-up.log"

    with pytest.raises(CommandError) as refusal:
        call_command("set_up_local_site", "--log", str(log), stdout=io.StringIO())

    assert "the disk is full" in str(refusal.value)
    assert str(log) in str(refusal.value)
    assert "Traceback" in log.read_text()
