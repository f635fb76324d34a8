"""Periodic jobs run by `manage.py run_scheduler`, registered by the apps.

The scheduler (one long-lived process per deployment) publishes scheduled
pages every run; a content app adds its own housekeeping (deleting personal
data past its retention) from its AppConfig.ready(), so the base names no
content app. Each job runs at most once every `every_seconds`, and a job
that fails is logged and tried again at its next turn.
"""

import logging
import time
from dataclasses import dataclass

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScheduledJob:
    name: str
    function: object
    every_seconds: float


_jobs = {}


def register_scheduled_job(name, function, every_seconds):
    """Run `function()` from the scheduler every `every_seconds` (and at start)."""
    _jobs[name] = ScheduledJob(name, function, every_seconds)


def run_due_jobs(last_runs, now=None):
    """Run every job whose time has come; one failing never stops the others.

    `last_runs` ({name: monotonic time}) belongs to the scheduler process
    calling this, so each scheduler starts by running every job once.
    """
    now = time.monotonic() if now is None else now
    for job in _jobs.values():
        last = last_runs.get(job.name)
        if last is not None and now - last < job.every_seconds:
            continue
        last_runs[job.name] = now
        try:
            job.function()
        except Exception:
            logger.exception(
                "Scheduled job %s failed; trying again next turn", job.name
            )


def registered_jobs():
    return list(_jobs.values())
