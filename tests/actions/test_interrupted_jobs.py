"""A confirmation whose worker was killed, or whose job failed, still goes
out, exactly once: the scheduler puts the job back in the queue."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from actions.models import Signature
from cccea_site.operations import scheduled_jobs
from cccea_site.operations.interrupted_jobs import requeue_interrupted_jobs
from tests.actions.conftest import SAME_ORIGIN, sign_data
from tests.email_server import Mailbox, SmtpServer, run_worker

pytestmark = pytest.mark.django_db


def sign(client, action):
    response = client.post(f"/en/actions/{action.pk}/sign/", sign_data(), **SAME_ORIGIN)
    assert response.status_code == 303


def killed_while_running(minutes_ago):
    """The job as a worker leaves it when killed in the middle: claimed."""
    job = DBTaskResult.objects.get()
    job.claim("worker-that-died")
    DBTaskResult.objects.filter(pk=job.pk).update(
        started_at=timezone.now() - timedelta(minutes=minutes_ago)
    )
    return job


def test_a_job_whose_worker_was_killed_is_sent_after_the_scheduler_requeues_it(
    client, petition, database_tasks, smtp_port
):
    sign(client, petition.action)
    killed_while_running(minutes_ago=30)
    mailbox = Mailbox()
    with SmtpServer(mailbox, smtp_port):
        run_worker()
        assert mailbox.messages == []  # nobody runs a job another claimed

        assert requeue_interrupted_jobs() == 1
        run_worker()

    assert len(mailbox.messages) == 1
    assert Signature.objects.get().emails_sent == 1


def test_a_job_killed_after_sending_is_not_sent_twice(
    client, petition, database_tasks, smtp_port
):
    mailbox = Mailbox()
    sign(client, petition.action)
    with SmtpServer(mailbox, smtp_port):
        run_worker()
        # As if the worker died after sending, before marking the job done.
        DBTaskResult.objects.update(
            status="RUNNING", started_at=timezone.now() - timedelta(hours=1)
        )
        assert requeue_interrupted_jobs() == 1
        run_worker()

    assert len(mailbox.messages) == 1


def test_a_job_still_running_in_time_is_left_alone(client, petition, database_tasks):
    sign(client, petition.action)
    killed_while_running(minutes_ago=1)

    assert requeue_interrupted_jobs() == 0
    assert DBTaskResult.objects.get().status == "RUNNING"


def test_a_failed_job_is_run_again_until_it_has_run_too_often(
    client, petition, database_tasks, smtp_port, monkeypatch, settings
):
    settings.TASK_MAX_RUNS = 3
    sign(client, petition.action)

    def database_gone(*args):
        raise ConnectionError("the database went away")

    # Only this patch is undone below: database_tasks' own patch of the
    # worker (it must not close the test's connection) stays.
    with monkeypatch.context() as patched:
        patched.setattr("actions.delivery.deliver_confirmation", database_gone)
        run_worker()
        assert DBTaskResult.objects.get().status == "FAILED"
        assert requeue_interrupted_jobs() == 1
        run_worker()
        assert requeue_interrupted_jobs() == 1
        run_worker()
        assert requeue_interrupted_jobs() == 0  # three runs: left for a person
        assert DBTaskResult.objects.get().status == "FAILED"

    DBTaskResult.objects.update(worker_ids=[])  # an operator's fix, then a retry
    mailbox = Mailbox()
    with SmtpServer(mailbox, smtp_port):
        assert requeue_interrupted_jobs() == 1
        run_worker()
    assert len(mailbox.messages) == 1


def test_nothing_is_requeued_when_jobs_run_inside_the_request(client, petition):
    sign(client, petition.action)
    assert requeue_interrupted_jobs() == 0


def test_the_scheduler_runs_the_requeue():
    names = [job.name for job in scheduled_jobs.registered_jobs()]
    assert "requeue interrupted background jobs" in names
