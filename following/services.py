"""Writes: following, confirming, unfollowing, recording news, and deleting
followers past retention. Each is one transaction; a confirmation or an
announcement job is enqueued inside it (with the database task backend, a
row beside the follower or the announcement: both or neither)."""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from actions.tokens import LinkExpired, LinkInvalid, read_token, token_matches
from following.models import Announcement, Follower
from following.tasks import announce, send_follow_confirmation
from following.tokens import CONFIRM_SALT, STOP_SALT

logger = logging.getLogger(__name__)


def follower_request(page, email, language):
    """Follow `page`, or ask again for the confirmation of an existing
    follower with that address: either way one confirmation email is
    queued, and the caller answers the same, telling nobody whether the
    address already follows."""
    now = timezone.now()
    try:
        with transaction.atomic():
            follower = Follower.objects.create(
                page=page,
                email=email,
                language=language,
                created_at=now,
                last_requested_at=now,
                emails_requested=1,
            )
            send_follow_confirmation.enqueue(follower.pk, 1)
            return follower
    except IntegrityError:
        pass  # follows already (or asked a moment ago in another request)
    with transaction.atomic():
        follower = Follower.objects.select_for_update().get(page=page, email=email)
        follower.emails_requested += 1
        follower.last_requested_at = now
        follower.save(update_fields=["emails_requested", "last_requested_at"])
        send_follow_confirmation.enqueue(follower.pk, follower.emails_requested)
        return follower


@dataclass
class Outcome:
    """What a link did: `state` names the page to show."""

    state: str  # confirmed, already_confirmed, expired, invalid, gone, stopped
    follower: Follower | None = None
    page_id: int | None = None


def follower_by_token(token, salt, max_age=None):
    """The follower a link names, or an Outcome saying why there is none."""
    try:
        follower_id, address = read_token(token, salt, max_age=max_age)
    except LinkExpired:
        return Outcome("expired")
    except LinkInvalid:
        return Outcome("invalid")
    follower = Follower.objects.filter(pk=follower_id).first()
    if follower is None or not token_matches(follower, address):
        return Outcome("gone")
    return follower


def confirmation_target(token):
    max_age = timedelta(days=settings.ACTIONS_UNCONFIRMED_DAYS)
    target = follower_by_token(token, CONFIRM_SALT, max_age=max_age)
    if isinstance(target, Follower) and target.is_confirmed:
        return Outcome("already_confirmed", target, target.page_id)
    return target


def follower_confirm(follower):
    """Start mailing `follower`; only the first of two clicks does it."""
    confirmed = Follower.objects.filter(
        pk=follower.pk, confirmed_at__isnull=True
    ).update(confirmed_at=timezone.now())
    state = "confirmed" if confirmed else "already_confirmed"
    return Outcome(state, follower, follower.page_id)


def stop_target(token):
    """Unfollow links never expire."""
    target = follower_by_token(token, STOP_SALT)
    if isinstance(target, Outcome) and target.state == "expired":
        return Outcome("invalid")
    return target


def follower_stop(follower):
    """Delete the follower: the address and everything with it."""
    Follower.objects.filter(pk=follower.pk).delete()
    return Outcome("stopped", None, follower.page_id)


def follower_from_signature(page, signature):
    """Follow `page` with the address of a signature just confirmed: no
    second confirmation, the address was proven minutes ago."""
    now = timezone.now()
    follower, created = Follower.objects.get_or_create(
        page=page,
        email=signature.email,
        defaults={
            "language": signature.language,
            "created_at": now,
            "last_requested_at": now,
            "confirmed_at": now,
        },
    )
    if not created and not follower.is_confirmed:
        follower_confirm(follower)
    return follower


def followers_purge(now=None):
    """Delete followers who never confirmed in time; how many."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.ACTIONS_UNCONFIRMED_DAYS)
    deleted, _ = Follower.objects.unconfirmed_since(cutoff).delete()
    if deleted:
        logger.info("Retention: deleted %s unconfirmed followers", deleted)
    return deleted


def record_announcements(page, keys=None):
    """Record the news `page` carries that was never announced, and queue
    its emails; called when the page is published. Returns the new ones.

    The (page, key) unique constraint makes this exactly once: a key seen
    before (republishing, an old update edited) is not news, and of two
    processes recording the same key at once, one finds it taken.
    """
    keys = list(page.announcement_keys() if keys is None else keys)
    known = set(
        Announcement.objects.filter(page=page, key__in=keys).values_list(
            "key", flat=True
        )
    )
    recorded = []
    for key in keys:
        if key in known:
            continue
        try:
            with transaction.atomic():
                announcement = Announcement.objects.create(
                    page_id=page.pk,
                    key=key,
                    recipients=Follower.objects.confirmed()
                    .filter(page_id=page.pk)
                    .count(),
                )
                if announcement.recipients:
                    announce.enqueue(announcement.pk)
                else:
                    announcement.finished_at = timezone.now()
                    announcement.save(update_fields=["finished_at"])
        except IntegrityError:
            continue  # recorded a moment ago by another process
        recorded.append(announcement)
    return recorded
