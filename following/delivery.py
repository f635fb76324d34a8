"""Sending followers' emails exactly once.

A confirmation works as a signature's (actions.delivery): keyed on the
follower and the request number, sent while the follower's row is locked.

An announcement is sent in batches. A worker first takes the announcement
for a while (`held_until`), so two workers never mail the same one at
once, then sends to the next FOLLOW_BATCH_SIZE confirmed followers by id
over one SMTP connection, recording its place after each email: a worker
killed mid-batch leaves the place of the last email sent, and the job run
again goes on from there. Queries per batch: seven, plus one per email
(tests/following/test_announcements.py counts them).
"""

import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db.models import F, Q
from django.utils import timezone
from wagtail.models import Page

from actions.delivery import (
    TemporaryFailure,
    deliver_numbered,
    describe,
    is_permanent,
)
from actions.emails import absolute
from following.emails import announcement_message, confirmation_message, page_in
from following.models import Announcement, Follower

HOLD = timedelta(minutes=5)


def deliver_follow_confirmation(follower_id, number):
    """As a signature's (actions.delivery): exactly once per request number."""
    return deliver_numbered(
        Follower.objects.all(),  # not the page: a lock on it would hold up publishing
        follower_id,
        number,
        confirmation_message,
    )


def take(announcement_id, now):
    """Hold the announcement for this worker; False if another holds it."""
    free = Q(held_until__isnull=True) | Q(held_until__lt=now)
    return bool(
        Announcement.objects.filter(
            free, pk=announcement_id, finished_at__isnull=True
        ).update(held_until=now + HOLD)
    )


def send_announcement_batch(announcement_id):
    """'more', 'finished', or why nothing was sent ('busy', 'gone')."""
    now = timezone.now()
    if not take(announcement_id, now):
        return (
            "busy"
            if Announcement.objects.filter(pk=announcement_id).exists()
            else "gone"
        )
    announcement = Announcement.objects.get(pk=announcement_id)
    followers = list(
        Follower.objects.confirmed()
        .filter(page_id=announcement.page_id, pk__gt=announcement.last_follower_id)
        .order_by("pk")[: settings.FOLLOW_BATCH_SIZE]
    )
    page = Page.objects.filter(pk=announcement.page_id).specific().first()
    news_in = NewsByLanguage(page, announcement.key)
    with get_connection() as connection:
        for follower in followers:
            send_one(announcement, news_in(follower.language), follower, connection)
    finished = len(followers) < settings.FOLLOW_BATCH_SIZE
    Announcement.objects.filter(pk=announcement.pk).update(
        held_until=None, finished_at=timezone.now() if finished else None
    )
    return "finished" if finished else "more"


class NewsByLanguage:
    """The announced news in each language, read once per batch."""

    def __init__(self, page, key):
        self.page, self.key, self.found = page, key, {}

    def __call__(self, language):
        """The email's context in `language`, or None when there is no news
        any more (the page or the update deleted)."""
        if language not in self.found:
            news = self.page.announcement(self.key, language) if self.page else None
            context = {"news": news, **page_in(self.page, language)} if news else None
            if context and news.url:
                context["read_url"] = absolute(news.url)
            self.found[language] = context
        return self.found[language]


def send_one(announcement, news, follower, connection):
    """Send to one follower and record the place; a passing failure stops
    the batch (the place stays before this follower), a permanent one marks
    the address as refused and goes on."""
    message = announcement_message(announcement, news, follower) if news else None
    sent = 0
    if message is not None:
        message.connection = connection
        try:
            message.send()
            sent = 1
        except (smtplib.SMTPException, OSError) as error:
            if not is_permanent(error):
                Announcement.objects.filter(pk=announcement.pk).update(held_until=None)
                raise TemporaryFailure(describe(error)) from None
            Follower.objects.filter(pk=follower.pk).update(bounced_at=timezone.now())
    Announcement.objects.filter(pk=announcement.pk).update(
        last_follower_id=follower.pk, sent=F("sent") + sent
    )
