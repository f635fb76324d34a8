"""Background jobs cut off half-way are run again, a bounded number of times.

django-tasks' database worker marks a job RUNNING as it claims it, then
SUCCESSFUL or FAILED when the job returns. Two things leave a job that
nobody will ever run again:

- a worker killed while running it (out of memory, a lost machine, SIGKILL
  after a stop that took too long) leaves it RUNNING for ever;
- a job that raised (the database restarting under it, a second SIGTERM)
  is FAILED, and django-tasks retries nothing.

For tasks that are safe to run twice, which an app says by registering
them here (a confirmation email is: its delivery is keyed on the message,
not the job, see actions.delivery), the scheduler puts such jobs back in
the queue: a running one once it has run for TASK_STALLED_SECONDS, far
longer than any run takes, a failed one at the scheduler's next turn.
Each claim by a worker leaves its id on the job, so a job is put back at
most until it has been run TASK_MAX_RUNS times: a job that fails because
of a bug stops there, with its traceback, for someone to read.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

logger = logging.getLogger(__name__)

DATABASE_BACKEND = "django_tasks_db.DatabaseBackend"
# A job that failed longer ago than this is history, not something to redo
# (and a deployment adding this module leaves last month's failures alone).
FAILED_WITHIN = timedelta(days=1)

_resumable_task_paths = set()


def register_resumable_task(task):
    """Let the scheduler run `task`'s interrupted jobs again: only for tasks
    whose effect happens once however many times they run."""
    _resumable_task_paths.add(task.module_path)


def resumable_task_paths():
    return sorted(_resumable_task_paths)


def jobs_kept_in_database():
    return settings.TASKS["default"]["BACKEND"] == DATABASE_BACKEND


def requeue_interrupted_jobs(now=None):
    """Put interrupted jobs of resumable tasks back in the queue; how many."""
    if not jobs_kept_in_database() or not _resumable_task_paths:
        return 0
    from django_tasks_db.compat import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    stalled = Q(
        status=TaskResultStatus.RUNNING,
        started_at__lt=now - timedelta(seconds=settings.TASK_STALLED_SECONDS),
    )
    failed = Q(status=TaskResultStatus.FAILED, finished_at__gte=now - FAILED_WITHIN)
    candidates = DBTaskResult.objects.filter(
        stalled | failed, task_path__in=_resumable_task_paths
    ).values_list("pk", "status", "worker_ids")
    requeued = 0
    for pk, status, worker_ids in candidates:
        if len(worker_ids or []) >= settings.TASK_MAX_RUNS:
            continue
        # Only if still as found: a worker may have finished it meanwhile.
        requeued += DBTaskResult.objects.filter(pk=pk, status=status).update(
            status=TaskResultStatus.READY,
            run_after=now,
            started_at=None,
            finished_at=None,
        )
    if requeued:
        logger.warning("Put %s interrupted background jobs back in the queue", requeued)
    return requeued
