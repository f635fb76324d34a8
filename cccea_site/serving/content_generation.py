"""The content generation in the database, for sites without a shared cache.

The page cache and the render memo key everything by a generation that each
visible edit replaces (serving.page_cache). With Redis (REDIS_URL) the
generation is a key there, which every worker and container reads. Without
it, each process's cache is its own memory, and an edit made in one process
(another gunicorn worker, a `manage.py` command, the scheduled-publishing
job) would never reach the others: so the generation is this one-row table
instead (CONTENT_GENERATION_IN_DATABASE, on when REDIS_URL is unset).

The row is replaced inside the edit's own transaction, so another process
sees the new generation exactly when it can see the edit: never before the
commit (it would store the old content under the new generation), never
after. Each worker reads it at most once every PAGE_CACHE_GENERATION_SECONDS;
while the database is unreachable it keeps the marks it last read.
"""

import uuid

from django.db import DatabaseError, models


def new_mark():
    return uuid.uuid4().hex


class ContentGeneration(models.Model):
    """The current generation and withdrawal mark (page_cache): one row."""

    generation = models.CharField(max_length=32, default=new_mark)
    withdrawal = models.CharField(max_length=32, default=new_mark)

    class Meta:
        verbose_name = "content generation"

    def __str__(self):
        return self.generation


ROW = 1


def read_marks(previous):
    """(generation, withdrawal) from the table; `previous` when the database
    cannot be reached (or fresh marks, for a worker that never read any)."""
    from cccea_site.operations.outage import breaker, is_database_unavailable

    if breaker.is_open():
        return previous if previous[0] else (new_mark(), new_mark())
    try:
        row = ContentGeneration.objects.filter(pk=ROW).values_list(
            "generation", "withdrawal"
        )
        marks = row.first()
        if marks is None:
            marks = ContentGeneration.objects.get_or_create(pk=ROW)[0]
            marks = (marks.generation, marks.withdrawal)
    except DatabaseError as error:
        if is_database_unavailable(error):
            breaker.note_down()
        return previous if previous[0] else (new_mark(), new_mark())
    return tuple(marks)


def replace(*, withdrawal=False):
    """A new generation (and withdrawal mark), in the current transaction."""
    values = {"generation": new_mark()}
    if withdrawal:
        values["withdrawal"] = new_mark()
    updated = ContentGeneration.objects.filter(pk=ROW).update(**values)
    if not updated:
        ContentGeneration.objects.update_or_create(pk=ROW, defaults=values)
