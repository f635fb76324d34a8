"""Publishing a case with news mails its followers once, in their language;
nothing else does."""

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.factories import CampaignUpdateFactory
from campaigns.models import CampaignPage
from following.factories import FollowerFactory
from following.models import Announcement
from following.tasks import announce
from tests.following.conftest import publish_with_update, republish

pytestmark = pytest.mark.django_db


def test_a_new_update_reaches_each_follower_once_in_their_language(followed):
    FollowerFactory(page=followed.case, language="ko", email="ko@example.org")
    FollowerFactory(page=followed.case, language="en", email="en@example.org")

    publish_with_update(followed.case)

    by_address = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_address) == ["en@example.org", "ko@example.org"]
    korean = by_address["ko@example.org"]
    assert "Factory pays severance [ko]" in korean.subject
    assert "/ko/campaigns/example-severance-case/" in korean.body
    assert korean.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert '<html lang="ko">' in korean.alternatives[0][0]
    announcement = Announcement.objects.get(key__startswith="update:", recipients=2)
    assert announcement.sent == 2 and announcement.finished_at is not None


def test_an_untranslated_update_comes_in_english_with_a_note(followed):
    FollowerFactory(page=followed.case, language="ja")

    publish_with_update(followed.case, title="Brand answers", translated=False)

    (message,) = mail.outbox
    assert "Brand answers" in message.body
    html = message.alternatives[0][0]
    assert '<h1 lang="en">Brand answers</h1>' in html


def test_republishing_saving_a_draft_or_editing_an_old_update_sends_nothing(
    followed,
):
    FollowerFactory(page=followed.case)
    case = publish_with_update(followed.case)
    mail.outbox.clear()

    republish(case)
    draft = CampaignPage.objects.get(pk=case.pk)
    draft.updates.add(
        type(draft.updates.first())(date=draft.started_on, title_en="Draft news")
    )
    draft.save_revision()
    published = CampaignPage.objects.get(pk=case.pk)
    old = published.updates.first()
    old.title_en = "Brands respond (corrected)"
    published.save_revision().publish()

    assert mail.outbox == []


def test_unconfirmed_and_refused_addresses_get_nothing(followed):
    FollowerFactory(page=followed.case, confirmed_at=None)
    FollowerFactory(page=followed.case, bounced_at="2026-11-01T00:00:00Z")

    publish_with_update(followed.case)

    assert mail.outbox == []


def test_a_resolution_is_announced_once(followed):
    FollowerFactory(page=followed.case)
    case = CampaignPage.objects.get(pk=followed.case.pk)
    case.status = CampaignPage.Status.WON
    case.resolved_on = case.started_on
    case.save_revision().publish()
    republish(case)

    (message,) = mail.outbox
    assert "resolved" in message.subject


def test_a_thousand_followers_are_mailed_in_batches_exactly_once(followed, settings):
    settings.FOLLOW_BATCH_SIZE = 100
    FollowerFactory.create_batch(1000, page=followed.case, language="zh-hant")
    update = CampaignUpdateFactory(page=followed.case)
    announcement = Announcement.objects.create(
        page=followed.case, key=f"update:{update.pk}", recipients=1000
    )
    # A batch costs seven queries (hold, read, followers, page and its
    # specific type, the update, the release) and one per email (its place
    # recorded); the first also reads the site's root once for the links.
    from following.delivery import send_announcement_batch

    counts = []
    for _batch in range(3):
        with CaptureQueriesContext(connection) as queries:
            assert send_announcement_batch(announcement.pk) == "more"
        counts.append(len(queries))
    assert counts[1:] == [100 + 7, 100 + 7]
    assert counts[0] <= 100 + 8

    announce.enqueue(announcement.pk)  # the rest, batch after batch

    addresses = [message.to[0] for message in mail.outbox]
    assert len(addresses) == 1000 == len(set(addresses))
    announcement.refresh_from_db()
    assert announcement.sent == 1000 and announcement.finished_at is not None


def test_two_workers_never_send_the_same_announcement_at_once(followed):
    from following.delivery import send_announcement_batch, take

    FollowerFactory(page=followed.case)
    update = CampaignUpdateFactory(page=followed.case)
    announcement = Announcement.objects.create(
        page=followed.case, key=f"update:{update.pk}", recipients=1
    )
    from django.utils import timezone

    assert take(announcement.pk, timezone.now())  # the first worker holds it

    assert send_announcement_batch(announcement.pk) == "busy"
    assert mail.outbox == []
