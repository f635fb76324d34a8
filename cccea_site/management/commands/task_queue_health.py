"""Exit 0 while background jobs are being run, 1 when they are not.

For the worker's container health check: a job that has been ready to run
for longer than --max-wait seconds means no `db_worker` is taking jobs
(stopped, stuck, or cut off from the database). One line either way.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from django.db.models import Q
from django.utils import timezone


class Command(BaseCommand):
    help = "Fail when a background job has waited longer than --max-wait seconds."

    def add_arguments(self, parser):
        parser.add_argument("--max-wait", type=int, default=300)

    def handle(self, *args, max_wait, **options):
        from django_tasks_db.models import DBTaskResult, get_date_max

        cutoff = timezone.now() - timedelta(seconds=max_wait)
        # Runnable since run_after, or since it was enqueued when it has none
        # (stored as the largest date).
        runnable_long_ago = Q(run_after__lte=cutoff) | Q(
            run_after=get_date_max(), enqueued_at__lte=cutoff
        )
        try:
            waiting = (
                DBTaskResult.objects.filter(status="READY")
                .filter(runnable_long_ago)
                .count()
            )
        except DatabaseError as error:
            raise CommandError(f"Cannot read the job queue: {error}") from None
        if waiting:
            raise CommandError(
                f"{waiting} background jobs have waited more than {max_wait} s: "
                "is a db_worker running?"
            )
        self.stdout.write("Background jobs: none waiting too long.")
