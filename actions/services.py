"""Writes: signing, confirming, withdrawing, and deleting data past retention.

Each is one transaction, so nothing is ever half-saved; the confirmation job
is enqueued inside the same transaction (with the database task backend it
is a row beside the signature: both or neither).
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from actions.models import Action, Signature
from actions.tasks import send_confirmation
from actions.tokens import (
    LinkExpired,
    LinkInvalid,
    read_confirmation_token,
    read_withdrawal_token,
    token_matches,
)

logger = logging.getLogger(__name__)


def signature_request(action, data, language):
    """Sign `action`, or ask again for the confirmation of an existing
    signature by the same address; either way one confirmation email is
    queued. Returns the signature. The caller answers the same whichever
    happened, so the answer never tells whether an address had signed.

    A new address costs two inserts (the signature, its email job); an
    address that signed already finds its row through the unique index.
    """
    now = timezone.now()
    try:
        with transaction.atomic():
            signature = Signature.objects.create(
                action=action,
                email=data["email"],
                name=data["name"],
                country=data.get("country", ""),
                organisation=data.get("organisation", ""),
                keep_informed=bool(data.get("keep_informed")),
                language=language,
                created_at=now,
                last_requested_at=now,
                emails_requested=1,
            )
            send_confirmation.enqueue(signature.pk, 1)
            return signature
    except IntegrityError:
        pass  # signed before (or a moment ago, in another request)
    with transaction.atomic():
        signature = Signature.objects.select_for_update().get(
            action=action, email=data["email"]
        )
        signature.emails_requested += 1
        signature.last_requested_at = now
        signature.save(update_fields=["emails_requested", "last_requested_at"])
        send_confirmation.enqueue(signature.pk, signature.emails_requested)
        return signature


@dataclass
class Outcome:
    """What a link did: `state` names the page to show."""

    state: str  # confirmed, already_confirmed, expired, invalid, withdrawn, gone
    action: Action | None = None
    language: str | None = None
    # The signature just confirmed: its page may offer more (templates only).
    signature: Signature | None = None


def confirmation_target(token):
    """The signature a confirmation link names, or an Outcome saying why
    there is nothing to confirm (expired, altered, deleted, done already)."""
    try:
        signature_id, address = read_confirmation_token(token)
    except LinkExpired:
        return Outcome("expired")
    except LinkInvalid:
        return Outcome("invalid")
    signature = (
        Signature.objects.select_related("action").filter(pk=signature_id).first()
    )
    if signature is None or not token_matches(signature, address):
        return Outcome("gone")
    if signature.is_confirmed:
        return Outcome("already_confirmed", signature.action, signature.language)
    return signature


def signature_confirm(signature):
    """Count the signature; only the first of two simultaneous clicks does."""
    confirmed = Signature.objects.filter(
        pk=signature.pk, confirmed_at__isnull=True
    ).update(confirmed_at=timezone.now())
    state = "confirmed" if confirmed else "already_confirmed"
    return Outcome(state, signature.action, signature.language, signature)


def withdrawal_target(token):
    """The signature a withdrawal link names, or an Outcome saying why none."""
    try:
        signature_id, address = read_withdrawal_token(token)
    except (LinkExpired, LinkInvalid):  # withdrawal links never expire
        return Outcome("invalid")
    signature = (
        Signature.objects.select_related("action").filter(pk=signature_id).first()
    )
    if signature is None or not token_matches(signature, address):
        return Outcome("gone")
    return signature


def signature_withdraw(signature):
    """Delete the signature and all its personal data."""
    action = signature.action
    Signature.objects.filter(pk=signature.pk).delete()
    return Outcome("withdrawn", action)


@dataclass
class PurgeReport:
    unconfirmed: int = 0
    closed: int = 0

    def __str__(self):
        return (
            f"deleted {self.unconfirmed} unconfirmed and {self.closed} "
            "past-retention signatures"
        )


def signatures_purge(now=None, actions=None):
    """Delete what may no longer be kept, and report how many.

    - unconfirmed signatures with no confirmation asked for in
      ACTIONS_UNCONFIRMED_DAYS days;
    - signatures of actions closed more than their retention days ago,
      except those whose signer asked to be kept informed. Confirmed ones
      still count: the action keeps their number (purged_count).
    """
    now = now or timezone.now()
    report = PurgeReport()
    scope = Signature.objects.all()
    if actions is not None:
        scope = scope.filter(action__in=actions)
    cutoff = now - timedelta(days=settings.ACTIONS_UNCONFIRMED_DAYS)
    report.unconfirmed, _ = scope.unconfirmed_since(cutoff).delete()
    closed_actions = Action.objects.all() if actions is None else actions
    for action in closed_actions:
        ends = action.retention_ends()
        if ends is None or ends > now:
            continue
        report.closed += purge_action(action)
    if report.unconfirmed or report.closed:
        logger.info("Retention: %s", report)
    return report


def purge_action(action):
    """Delete an action's personal data, keeping its confirmed count."""
    with transaction.atomic():
        locked = Action.objects.select_for_update().get(pk=action.pk)
        doomed = locked.signatures.filter(keep_informed=False)
        confirmed = doomed.confirmed().count()
        deleted, _ = doomed.delete()
        Action.objects.filter(pk=locked.pk).update(
            purged_count=F("purged_count") + confirmed
        )
    return deleted
