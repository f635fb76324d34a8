"""Background jobs of following (django-tasks): confirmation emails, and
announcements mailed in batches at FOLLOW_EMAILS_PER_MINUTE.

Both are safe to run twice (following.apps registers them with
cccea_site.operations.interrupted_jobs): a confirmation is keyed on its
request number, an announcement keeps its place after every email.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from actions.delivery import TemporaryFailure
from actions.tasks import retry_delay

logger = logging.getLogger(__name__)


@task()
def send_follow_confirmation(follower_id, number, attempt=1):
    from following.delivery import deliver_follow_confirmation

    try:
        return deliver_follow_confirmation(follower_id, number)
    except TemporaryFailure as failure:
        if attempt >= settings.ACTIONS_EMAIL_MAX_ATTEMPTS or not can_defer():
            logger.error(
                "Follow confirmation for follower %s not sent (%s)",
                follower_id,
                failure,
            )
            return "given up"
        send_follow_confirmation.using(
            run_after=timezone.now() + timedelta(seconds=retry_delay(attempt))
        ).enqueue(follower_id, number, attempt + 1)
        return "retrying"


@task()
def announce(announcement_id, attempt=1):
    """Mail one batch of an announcement, then queue the next batch (paced
    to the rate), or a retry after a passing failure."""
    from following.delivery import send_announcement_batch

    while True:
        try:
            outcome = send_announcement_batch(announcement_id)
        except TemporaryFailure as failure:
            if attempt >= settings.ACTIONS_EMAIL_MAX_ATTEMPTS or not can_defer():
                logger.error(
                    "Announcement %s stopped after %s attempts (%s)",
                    announcement_id,
                    attempt,
                    failure,
                )
                return "given up"
            delay = retry_delay(attempt)
            announce.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
                announcement_id, attempt + 1
            )
            return "retrying"
        if outcome != "more":
            return outcome
        if can_defer():
            pause = settings.FOLLOW_BATCH_SIZE * 60 / settings.FOLLOW_EMAILS_PER_MINUTE
            announce.using(run_after=timezone.now() + timedelta(seconds=pause)).enqueue(
                announcement_id
            )
            return "next batch queued"
        # Jobs run inside the request (local use): the next batch at once.


def can_defer():
    return announce.get_backend().supports_defer
