"""Sending a confirmation email exactly once per request for one.

The message is keyed on (signature, request number), not on the job or the
attempt: the signature row records the last number sent, and the send
happens while that row is locked, so a retried, duplicated or concurrent
job finding its number already recorded sends nothing. A newer request
supersedes an older one not yet sent (one email, not three, after an
outage). A withdrawn or expired signature has no row: nothing is sent.
"""

import smtplib

from django.db import transaction

from actions.emails import confirmation_message
from actions.models import Signature


class TemporaryFailure(Exception):
    """The mail server failed for a reason that may pass; try again later."""


class PermanentFailure(Exception):
    """The mail server refused the message for good (a 5xx answer)."""


def describe(error):
    """The kind and code of an SMTP failure, never its text (it may quote
    the address)."""
    code = getattr(error, "smtp_code", None)
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = sorted({answer[0] for answer in error.recipients.values()})
        code = ",".join(str(item) for item in codes)
    return f"{type(error).__name__}{f' {code}' if code else ''}"


def is_permanent(error):
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(answer[0] >= 500 for answer in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500
    return False


def deliver_confirmation(signature_id, number):
    """'sent', or why not ('gone', 'already sent', 'superseded', 'refused')."""
    return deliver_numbered(
        Signature.objects.select_related("action"),
        signature_id,
        number,
        confirmation_message,
    )


def deliver_numbered(rows, pk, number, build_message):
    """Send message `number` of the row `pk` of `rows` exactly once.

    The row (a signature, a follower) counts the messages asked for
    (`emails_requested`) and sent (`emails_sent`); it stays locked while
    the message goes out, so a second job for the same number waits, then
    finds it sent.
    """
    with transaction.atomic():
        row = rows.select_for_update().filter(pk=pk).first()
        if row is None:
            return "gone"
        if row.emails_sent >= number:
            return "already sent"
        if number < row.emails_requested:
            return "superseded"
        try:
            build_message(row, number).send()
        except (smtplib.SMTPException, OSError) as error:
            if is_permanent(error):
                return f"refused ({describe(error)})"
            raise TemporaryFailure(describe(error)) from None
        row.emails_sent = number
        row.save(update_fields=["emails_sent"])
    return "sent"
