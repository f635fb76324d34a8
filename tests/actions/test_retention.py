"""Personal data is kept no longer than promised, and error reports and
logs carry none."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from actions.factories import ActionFactory, SignatureFactory
from actions.models import Signature
from cccea_site.operations import scheduled_jobs
from cccea_site.operations.error_reports import scrub_personal_data

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def test_unconfirmed_signatures_go_after_the_set_days(settings):
    settings.ACTIONS_UNCONFIRMED_DAYS = 7
    now = timezone.now()
    old = SignatureFactory(confirmed_at=None, last_requested_at=now - 8 * DAY)
    recent = SignatureFactory(confirmed_at=None, last_requested_at=now - 6 * DAY)
    confirmed = SignatureFactory(last_requested_at=now - 30 * DAY)

    call_command("signatures", "purge")

    remaining = set(Signature.objects.values_list("pk", flat=True))
    assert remaining == {recent.pk, confirmed.pk}
    assert old.pk not in remaining


def test_a_closed_action_loses_its_data_after_retention_but_keeps_its_count():
    action = ActionFactory(closes_at=timezone.now() - 31 * DAY, retention_days=30)
    SignatureFactory.create_batch(3, action=action)
    informed = SignatureFactory(action=action, keep_informed=True)

    call_command("signatures", "purge", "--action", str(action.pk))

    assert list(Signature.objects.values_list("pk", flat=True)) == [informed.pk]
    action.refresh_from_db()
    assert action.purged_count == 3
    assert action.confirmed_count == 4


def test_an_action_within_retention_keeps_its_signatures():
    action = ActionFactory(closes_at=timezone.now() - 10 * DAY, retention_days=30)
    SignatureFactory.create_batch(2, action=action)
    call_command("signatures", "purge")
    assert Signature.objects.count() == 2


def test_retention_counts_from_closing_by_hand():
    action = ActionFactory(closed_by_hand=True, retention_days=0)
    SignatureFactory(action=action)
    call_command("signatures", "purge")
    assert Signature.objects.count() == 0


def test_the_scheduler_runs_the_purge():
    SignatureFactory(confirmed_at=None, last_requested_at=timezone.now() - 30 * DAY)
    names = [job.name for job in scheduled_jobs.registered_jobs()]
    assert "delete signatures past retention" in names

    call_command("run_scheduler", interval=0, runs=1)

    assert Signature.objects.count() == 0


def test_error_reports_carry_no_addresses_or_form_data():
    event = {
        "request": {
            "url": "https://cccea.example.org/en/actions/1/sign/",
            "data": {"name": "Chan", "email": "chan@example.org"},
            "cookies": {"sessionid": "x"},
            "headers": {"Cookie": "sessionid=x", "User-Agent": "test"},
        },
        "exception": {"values": [{"value": "duplicate key chan@example.org"}]},
        "breadcrumbs": {"values": [{"message": "sent to yamada@example.jp"}]},
        "user": {"email": "chan@example.org"},
    }

    scrubbed = scrub_personal_data(event)

    assert "@example" not in repr(scrubbed)
    assert "data" not in scrubbed["request"]
    assert scrubbed["request"]["headers"] == {"User-Agent": "test"}


def test_log_lines_never_carry_an_address():
    import io
    import logging

    from cccea_site.operations.log_format import JsonFormatter, RedactAddresses

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RedactAddresses())
    logger = logging.getLogger("tests.redaction")
    logger.addHandler(handler)
    try:
        logger.warning("Duplicate key (1, %s)", "chan@example.org")
        try:
            raise ValueError("refused yamada@example.jp")
        except ValueError:
            logger.exception("Send failed")
    finally:
        logger.removeHandler(handler)

    assert "@example" not in stream.getvalue()
    assert "Duplicate key" in stream.getvalue() and "ValueError" in stream.getvalue()
