"""The admin's password reset answers the same for an unknown address as for
a known one, and the email goes out through the background worker."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from tests.email_server import Mailbox, SmtpServer, run_worker

pytestmark = pytest.mark.django_db

ADDRESS = "editor@example.org"


@pytest.fixture
def account():
    return get_user_model().objects.create_user("editor", ADDRESS, "a-password-1")


def ask_for_reset(client, email):
    with CaptureQueriesContext(connection) as queries:
        response = client.post(reverse("wagtailadmin_password_reset"), {"email": email})
    assert response.status_code == 302
    return len(queries)


def test_known_and_unknown_addresses_cost_the_request_the_same_work(
    client, account, database_tasks
):
    known = ask_for_reset(client, ADDRESS)
    unknown = ask_for_reset(client, "nobody@example.org")

    assert known == unknown  # the same queries, one job each, no email sent
    assert DBTaskResult.objects.count() == 2


def test_the_worker_sends_the_reset_email_and_its_link_works(
    client, account, database_tasks, smtp_port
):
    ask_for_reset(client, "Editor@Example.org")
    ask_for_reset(client, "nobody@example.org")
    for job in DBTaskResult.objects.all():
        # Ids only: no address, no token waits in the job table.
        assert "@" not in str(job.args_kwargs)

    mailbox = Mailbox()
    with SmtpServer(mailbox, smtp_port):
        run_worker()

    ((recipients, message),) = mailbox.messages
    assert recipients == [ADDRESS]
    text = message.get_body(("plain",)).get_content()
    link = re.search(r"https?://[^/\s]+(/admin/password_reset/confirm/\S+/)", text)[1]
    assert client.get(link, follow=True).status_code == 200
    assert b"new_password1" in client.get(link, follow=True).content


def test_an_account_deactivated_before_the_job_runs_gets_nothing(
    client, account, database_tasks, smtp_port
):
    ask_for_reset(client, ADDRESS)
    account.is_active = False
    account.save()

    mailbox = Mailbox()
    with SmtpServer(mailbox, smtp_port):
        run_worker()

    assert mailbox.messages == []
