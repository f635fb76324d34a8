"""The updates and resolutions cases carry today, and the urgent appeals
already published, are old news: record them as announced (to nobody), so
the first publish after this release mails only what is new, not a case's
whole history."""

from django.db import migrations
from django.utils import timezone


def record_existing_news(apps, schema_editor):
    CampaignUpdate = apps.get_model("campaigns", "CampaignUpdate")
    CampaignPage = apps.get_model("campaigns", "CampaignPage")
    Announcement = apps.get_model("following", "Announcement")
    now = timezone.now()
    news = [
        (page_id, f"update:{pk}")
        for pk, page_id in CampaignUpdate.objects.values_list("pk", "page_id")
    ]
    news += [
        (page_id, f"status:{status}")
        for page_id, status in CampaignPage.objects.exclude(status="active")
        .values_list("pk", "status")
    ]
    # Urgent appeals already published are not new to the list's followers.
    Page = apps.get_model("wagtailcore", "Page")
    parents = dict(Page.objects.filter(depth__gt=1).values_list("path", "pk"))
    news += [
        (parents[path[:-4]], f"new-appeal:{pk}")
        for pk, path in CampaignPage.objects.filter(
            kind="urgent_appeal", live=True
        ).values_list("pk", "path")
        if path[:-4] in parents
    ]
    Announcement.objects.bulk_create(
        [Announcement(page_id=page_id, key=key, finished_at=now) for page_id, key in news],
        ignore_conflicts=True,
        batch_size=500,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("following", "0001_initial"),
        ("campaigns", "0005_case_action"),
    ]

    operations = [migrations.RunPython(record_existing_news, migrations.RunPython.noop)]
