"""Demo and scale content never show a date in the future: no case started,
ended or updated, and no news dated, after today."""

import io

from django.core.management import call_command
from django.utils import timezone

from campaigns.models import CampaignPage, CampaignUpdate
from news.models import NewsPage


def dates_after(today):
    """(what, date) for every date the demo content shows after `today`."""
    shown = []
    for case in CampaignPage.objects.all():
        shown += [
            (f"{case.slug_en} started", case.started_on),
            (f"{case.slug_en} resolved", case.resolved_on),
            (f"{case.slug_en} last updated", case.last_updated),
        ]
    shown += [(f"update {u.pk}", u.date) for u in CampaignUpdate.objects.all()]
    shown += [(f"{news.slug_en}", news.date) for news in NewsPage.objects.all()]
    return [(what, date) for what, date in shown if date and date > today]


def test_scale_data_has_no_dates_after_today(db):
    call_command(
        "load_demo_content", "--campaigns", "40", "--news", "40", stdout=io.StringIO()
    )

    assert CampaignPage.objects.filter(slug_en__startswith="scale-case-").count() == 40
    assert dates_after(timezone.localdate()) == []


def test_scale_data_runs_back_from_today(db):
    call_command(
        "load_demo_content", "--campaigns", "40", "--news", "40", stdout=io.StringIO()
    )
    today = timezone.localdate()
    newest_news = NewsPage.objects.filter(slug_en__startswith="scale-news-")
    newest_news = newest_news.order_by("-date").first()

    # The newest items read as recent, whenever the data is loaded.
    assert (today - newest_news.date).days < 60
    for case in CampaignPage.objects.filter(slug_en__startswith="scale-case-"):
        assert case.resolved_on is None or case.resolved_on >= case.started_on


def test_demo_content_has_no_dates_after_today(demo_site):
    assert dates_after(timezone.localdate()) == []
