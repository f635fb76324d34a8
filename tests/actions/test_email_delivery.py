"""The real path: a job in the database, the worker, an SMTP server.

The test starts aiosmtpd on a loopback port, signs with the database task
backend (the job is a row), runs `manage.py db_worker --batch`, reads the
message the server received, follows its link, and sees the count go up.
A server refusing for a while, or down, delays the message; it is still
delivered exactly once.
"""

import re

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from actions.models import Signature
from actions.tasks import send_confirmation
from tests.actions.conftest import SAME_ORIGIN, sign_data
from tests.email_server import Mailbox, SmtpServer, run_worker

pytestmark = pytest.mark.django_db


def sign(client, action, **values):
    response = client.post(
        f"/en/actions/{action.pk}/sign/", sign_data(**values), **SAME_ORIGIN
    )
    assert response.status_code == 303


def link_in(message, kind):
    text = message.get_body(("plain",)).get_content()
    return re.search(rf"https?://[^/\s]+(/\S+/actions/{kind}/\S+/)", text)[1]


def test_the_worker_sends_the_confirmation_and_its_link_counts(
    client, petition, database_tasks, smtp_port
):
    mailbox = Mailbox()
    sign(client, petition.action)
    assert DBTaskResult.objects.count() == 1  # queued, not sent in the request
    assert Signature.objects.get().emails_sent == 0

    with SmtpServer(mailbox, smtp_port):
        run_worker()

    ((recipients, message),) = mailbox.messages
    assert recipients == ["chan@example.org"]
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.get_body(("html",)) is not None
    assert client.post(link_in(message, "confirm")).status_code == 200
    petition.action.refresh_from_db()
    assert petition.action.confirmed_count == 1


def test_a_server_refusing_for_a_while_gets_the_message_once(
    client, petition, database_tasks, smtp_port
):
    mailbox = Mailbox(refuse=3)
    sign(client, petition.action)

    with SmtpServer(mailbox, smtp_port):
        run_worker()

    assert mailbox.attempts == 4
    assert len(mailbox.messages) == 1
    assert Signature.objects.get().emails_sent == 1


def test_a_server_down_for_a_while_gets_the_message_once_it_is_back(
    client, petition, database_tasks, smtp_port
):
    sign(client, petition.action)
    run_worker("--max-tasks", "3")  # nothing listens: three failed attempts
    assert Signature.objects.get().emails_sent == 0

    mailbox = Mailbox()
    with SmtpServer(mailbox, smtp_port):
        run_worker()

    assert len(mailbox.messages) == 1
    assert DBTaskResult.objects.filter(status="READY").count() == 0


def test_a_duplicated_job_sends_once(client, petition, database_tasks, smtp_port):
    sign(client, petition.action)
    signature = Signature.objects.get()
    send_confirmation.enqueue(signature.pk, signature.emails_requested)

    mailbox = Mailbox()
    with SmtpServer(mailbox, smtp_port):
        run_worker()

    assert len(mailbox.messages) == 1


def test_asking_again_during_an_outage_sends_one_email_afterwards(
    client, petition, database_tasks, smtp_port
):
    sign(client, petition.action)
    sign(client, petition.action)
    run_worker("--max-tasks", "2")

    mailbox = Mailbox()
    with SmtpServer(mailbox, smtp_port):
        run_worker()

    assert len(mailbox.messages) == 1


def test_a_withdrawn_signature_is_never_written_to(
    client, petition, database_tasks, smtp_port
):
    sign(client, petition.action)
    Signature.objects.all().delete()

    mailbox = Mailbox()
    with SmtpServer(mailbox, smtp_port):
        run_worker()

    assert mailbox.messages == []


def test_the_queue_health_check_fails_when_no_worker_takes_jobs(
    client, petition, database_tasks
):
    from django.core.management.base import CommandError

    sign(client, petition.action)
    call_command("task_queue_health", "--max-wait", "60")  # just queued: fine
    with pytest.raises(CommandError, match="db_worker"):
        call_command("task_queue_health", "--max-wait", "-1")


def test_production_keeps_jobs_in_the_database_and_local_use_runs_them_at_once():
    from tests.production.servers import bare_environment
    from tests.production.servers import manage as run_manage

    show = (
        "from django.conf import settings; "
        "print(settings.TASKS['default']['BACKEND'], settings.EMAIL_BACKEND)"
    )
    production = run_manage(
        "shell",
        "-c",
        show,
        env=bare_environment(
            DEBUG="false",
            SECRET_KEY="a-long-random-secret-for-this-test-only-0123456789",
            ALLOWED_HOSTS="cccea.example.org",
        ),
        timeout=60,
    )
    local = run_manage("shell", "-c", show, env=bare_environment(), timeout=60)

    assert production.stdout.splitlines()[-1].split() == [
        "django_tasks_db.DatabaseBackend",
        "django.core.mail.backends.smtp.EmailBackend",
    ]
    assert local.stdout.splitlines()[-1].split() == [
        "django_tasks.backends.immediate.ImmediateBackend",
        "django.core.mail.backends.console.EmailBackend",
    ]
