"""Background tasks of the actions app (django-tasks).

With TASK_BACKEND=database the jobs are rows in the site's database, run by
`manage.py db_worker`; enqueued in the same transaction as the signature,
so a job exists exactly when its signature does. django-tasks retries
nothing by itself: a send that fails for a passing reason (the SMTP server
down, a 4xx answer) enqueues the next attempt with `run_after`, later each
time; the send itself is idempotent (actions.delivery), so a duplicated or
retried job sends the message once.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from actions import delivery

logger = logging.getLogger(__name__)

LONGEST_WAIT_SECONDS = 3600


def retry_delay(attempt):
    """Seconds before attempt `attempt + 1`: doubling, at most an hour."""
    base = settings.ACTIONS_EMAIL_RETRY_SECONDS
    return min(base * 2 ** (attempt - 1), LONGEST_WAIT_SECONDS)


@task()
def send_confirmation(signature_id, number, attempt=1):
    """Send confirmation `number` of a signature; try again later if the
    mail server fails for a passing reason."""
    try:
        return delivery.deliver_confirmation(signature_id, number)
    except delivery.TemporaryFailure as failure:
        return retry_later(signature_id, number, attempt, failure)


def retry_later(signature_id, number, attempt, failure):
    # Only the failure's kind and code: an SMTP answer can quote the address.
    if attempt >= settings.ACTIONS_EMAIL_MAX_ATTEMPTS:
        logger.error(
            "Confirmation email for signature %s not sent after %s attempts (%s)",
            signature_id,
            attempt,
            failure,
        )
        return "given up"
    if not send_confirmation.get_backend().supports_defer:
        logger.warning(
            "Confirmation email for signature %s not sent (%s); this task "
            "backend cannot retry later",
            signature_id,
            failure,
        )
        return "not retried"
    delay = retry_delay(attempt)
    send_confirmation.using(
        run_after=timezone.now() + timedelta(seconds=delay)
    ).enqueue(signature_id, number, attempt + 1)
    logger.warning(
        "Confirmation email for signature %s failed (%s), attempt %s; next in %s s",
        signature_id,
        failure,
        attempt,
        int(delay),
    )
    return "retrying"
