"""A page an editor schedules goes live at its time, with nobody there.

The production process is `manage.py run_scheduler` (README, "Deploying"):
these tests schedule through the real admin form and let that command run
on the real clock, a few seconds, as it does in production every minute.
"""

import datetime

from django.core.management import call_command
from django.utils import timezone

from cccea_site.factories import StandardPageFactory
from tests.admin_forms import submit_edit_form


def hong_kong_time(moment):
    """How the admin's date fields read and write times: in the site's zone."""
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M:%S")


def test_a_page_scheduled_seconds_ahead_goes_live_on_its_own(editor, site_tree):
    draft = StandardPageFactory(
        parent=site_tree.home, title="Embargoed statement", slug="embargoed", live=False
    )
    draft.save_revision()
    # Far enough ahead that the admin round trip cannot reach it on a slow machine.
    go_live = timezone.now() + datetime.timedelta(seconds=15)

    response = submit_edit_form(
        editor, draft, "action-publish", go_live_at=hong_kong_time(go_live)
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert not draft.live  # scheduled, not published
    editor.logout()
    assert editor.get("/en/embargoed/").status_code == 404

    waiting = (go_live - timezone.now()).total_seconds()
    call_command("run_scheduler", interval=1, runs=int(waiting) + 5)

    draft.refresh_from_db()
    assert draft.live
    assert editor.get("/en/embargoed/").status_code == 200


def test_the_schedule_reads_in_hong_kong_time():
    assert str(timezone.get_current_timezone()) == "Asia/Hong_Kong"


def test_the_scheduler_stops_after_the_runs_it_was_given(db):
    call_command("run_scheduler", interval=0, runs=3)


def test_the_schedule_dialog_names_its_time_zone(editor, site_tree):
    from tests.admin_forms import edit_url

    html = editor.get(edit_url(site_tree.standard)).content.decode()
    assert "Times are in the Asia/Hong_Kong time zone." in html
