"""A published case whose current news was announced already, as every case
is once published."""

import datetime
from types import SimpleNamespace

import pytest

from campaigns.models import CampaignPage, CampaignUpdate
from following.services import record_announcements

SAME_ORIGIN = {"HTTP_SEC_FETCH_SITE": "same-origin"}


@pytest.fixture
def followed(site_tree):
    record_announcements(site_tree.case)
    return SimpleNamespace(case=site_tree.case, tree=site_tree)


def publish_with_update(case, title="Factory pays severance", translated=True):
    """Publish `case` as an editor would, with one new dated update."""
    case = CampaignPage.objects.get(pk=case.pk)
    titles = {"title_en": title}
    if translated:
        titles.update(
            title_zh_hant=f"{title} [zh-hant]",
            title_ja=f"{title} [ja]",
            title_ko=f"{title} [ko]",
        )
    case.updates.add(
        CampaignUpdate(
            date=datetime.date(2026, 11, 20), text_en="All 300 workers paid.", **titles
        )
    )
    case.save_revision().publish()
    return case


def republish(case):
    case = CampaignPage.objects.get(pk=case.pk)
    case.save_revision().publish()
    return case
