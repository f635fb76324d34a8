"""`manage.py followers`: bounce reports and purging, one line each."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from following.factories import FollowerFactory
from following.models import Follower

pytestmark = pytest.mark.django_db


def run(*args):
    out = io.StringIO()
    call_command("followers", *args, stdout=out)
    return out.getvalue().strip()


def test_a_bounce_report_marks_the_addresses(followed, tmp_path):
    FollowerFactory(page=followed.case, email="gone@example.org")
    FollowerFactory(page=followed.case, email="here@example.org")
    report = tmp_path / "bounces.txt"
    report.write_text(" GONE@example.org \n\n", encoding="utf-8")

    assert run("bounced", str(report)) == "Marked 1 followers as refused."
    assert list(Follower.objects.confirmed().values_list("email", flat=True)) == [
        "here@example.org"
    ]


def test_purge_deletes_the_unconfirmed_past_their_time(followed):
    old = timezone.now() - timedelta(days=30)
    FollowerFactory(page=followed.case, confirmed_at=None, last_requested_at=old)
    FollowerFactory(page=followed.case)

    assert run("purge") == "Deleted 1 unconfirmed followers."
    assert Follower.objects.count() == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("nonsense",), "Unknown operation"),
        (("bounced",), "needs a file"),
        (("bounced", "/no/such/file"), "Cannot read"),
    ],
)
def test_bad_arguments_get_one_line(db, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("followers", *args)
