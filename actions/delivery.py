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
    with transaction.atomic():
        signature = (
            Signature.objects.select_for_update()
            .select_related("action")
            .filter(pk=signature_id)
            .first()
        )
        if signature is None:
            return "gone"
        if signature.emails_sent >= number:
            return "already sent"
        if number < signature.emails_requested:
            return "superseded"
        try:
            confirmation_message(signature, number).send()
        except (smtplib.SMTPException, OSError) as error:
            if is_permanent(error):
                return f"refused ({describe(error)})"
            raise TemporaryFailure(describe(error)) from None
        signature.emails_sent = number
        signature.save(update_fields=["emails_sent"])
    return "sent"
