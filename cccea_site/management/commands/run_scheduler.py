"""Publish and unpublish pages when their scheduled time comes, and run the
apps' periodic jobs (cccea_site.operations.scheduled_jobs).

Wagtail stores a page's "go live" and "expiry" dates but publishes nothing by
itself: its `publish_scheduled` command must run. This command runs it every
minute until stopped, as one long-lived process per deployment (README,
"Deploying"); running two at once is harmless, since each publish is a
transaction and a page already published is skipped.
"""

import logging
import signal
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections, connection

from cccea_site.operations.scheduled_jobs import run_due_jobs

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Publish and unpublish scheduled pages every minute, and run the apps' "
        "periodic jobs, until stopped."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=60.0,
            help="Seconds between two runs (default 60).",
        )
        parser.add_argument(
            "--runs",
            type=int,
            default=0,
            help="Stop after this many runs (default 0: run until stopped).",
        )

    def handle(self, *args, interval, runs, **options):
        stopping = []
        # SIGTERM (a container stop) finishes the current run, then exits.
        signal.signal(signal.SIGTERM, lambda *_args: stopping.append(True))
        done = 0
        last_runs = {}
        while not stopping:
            publish_due_pages()
            run_due_jobs(last_runs)
            done += 1
            if runs and done >= runs:
                break
            sleep_unless_stopped(interval, stopping)


def publish_due_pages():
    """One run of Wagtail's publish_scheduled; a database outage is logged and
    the next run tries again."""
    if not connection.in_atomic_block:  # never inside a caller's transaction
        close_old_connections()  # a long-lived process drops broken connections
    try:
        call_command("publish_scheduled", verbosity=0)
    except DatabaseError:
        logger.exception("Scheduled publishing failed; trying again next run")


def sleep_unless_stopped(seconds, stopping):
    deadline = time.monotonic() + seconds
    while not stopping and time.monotonic() < deadline:
        time.sleep(min(1.0, max(deadline - time.monotonic(), 0)))
