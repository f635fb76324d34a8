"""A case's dates, status and amount follow the same rules in the edit form and
in the database, which also holds for factories, loaders and bulk updates."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from campaigns.models import CampaignPage

STARTED = datetime.date(2026, 3, 2)


@pytest.mark.parametrize(
    "change",
    [
        {"resolved_on": STARTED - datetime.timedelta(days=1), "status": "won"},
        {"amount_owed": -1},
        {"status": "settled", "resolved_on": None},
        {"status": "active", "resolved_on": STARTED},
    ],
    ids=["resolved-before-start", "negative-amount", "ended-undated", "active-dated"],
)
def test_the_database_refuses_what_the_form_refuses(site_tree, change):
    case = CampaignPage.objects.filter(pk=site_tree.case.pk)
    with pytest.raises(IntegrityError), transaction.atomic():
        case.update(started_on=STARTED, **change)

    page = case.get()
    for name, value in change.items():
        setattr(page, name, value)
    with pytest.raises(ValidationError) as refusal:
        page.clean()
    assert set(refusal.value.message_dict) <= {"resolved_on", "amount_owed"}


def test_a_case_that_ended_on_a_date_is_accepted(site_tree):
    case = CampaignPage.objects.filter(pk=site_tree.case.pk)
    case.update(status="won", resolved_on=STARTED + datetime.timedelta(days=10))
    case.get().clean()
