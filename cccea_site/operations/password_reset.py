"""The admin's password reset, answered in the same time for any address.

Django's reset form sends the email inside the request, and only when the
address belongs to an account: with a real SMTP relay the response then
takes a second longer for a known address, which tells an outsider who has
an account. This form does the same lookup, then renders and sends the
emails in a background thread, so the response waits for neither.

A thread is not durable: an email lost in a restart is a reset the person
asks for again. The background-task worker planned for petition emails is
the durable home for it.
"""

import logging
import threading

from django.utils import translation
from wagtail.admin.forms.auth import PasswordResetForm

logger = logging.getLogger(__name__)


class BackgroundPasswordResetForm(PasswordResetForm):
    def save(self, *args, **kwargs):
        self.emails_to_send = []
        super().save(*args, **kwargs)  # finds the accounts; send_mail() queues
        sender = threading.Thread(
            target=self.send_queued_emails,
            args=(self.emails_to_send, translation.get_language()),
            daemon=True,
        )
        sender.start()  # for every address, known or not: the same work here
        return sender

    def send_mail(self, *args, **kwargs):
        """Queue the email; rendering and sending happen in send_queued_emails."""
        self.emails_to_send.append((args, kwargs))

    def send_queued_emails(self, emails, language):
        with translation.override(language):
            for args, kwargs in emails:
                try:
                    super().send_mail(*args, **kwargs)
                except Exception:
                    # Never the address: personal data stays out of logs.
                    logger.exception("A password reset email could not be sent")
