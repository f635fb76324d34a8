"""The confirmation email: plain text and HTML, in the signer's language.

Every message carries the withdrawal link (List-Unsubscribe, with RFC 8058's
one-click List-Unsubscribe-Post) and a Message-ID made from the signature
and the request number, so even a message sent twice by a crash between
sending and recording reads as one in most mail clients.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from actions.tokens import address_hash, confirmation_token, withdrawal_token
from cccea_site.languages.translated_fields import resolve_fields

ACTION_FIELDS = ("title", "text", "addressed_to")


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def links_for(signature):
    """(confirm URL, withdraw URL) in the signer's language."""
    with translation.override(signature.language):
        confirm = reverse("actions:confirm", args=[confirmation_token(signature)])
        withdraw = reverse("actions:withdraw", args=[withdrawal_token(signature)])
    return absolute(confirm), absolute(withdraw)


def message_id(signature, number):
    domain = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
    tag = address_hash(signature.email, "message")[:12]
    return f"<action-{signature.action_id}.signature-{signature.pk}.{number}.{tag}@{domain}>"


def confirmation_message(signature, number):
    """The EmailMultiAlternatives asking `signature`'s signer to confirm."""
    confirm_url, withdraw_url = links_for(signature)
    with translation.override(signature.language):
        context = {
            "signature": signature,
            "action": signature.action,
            "fields": resolve_fields(signature.action, ACTION_FIELDS),
            "confirm_url": confirm_url,
            "withdraw_url": withdraw_url,
            "days": settings.ACTIONS_UNCONFIRMED_DAYS,
            "already_confirmed": signature.is_confirmed,
        }
        return rendered_message(
            "actions/email/confirm",
            context,
            to=signature.email,
            unsubscribe_url=withdraw_url,
            message_id=message_id(signature, number),
        )


def rendered_message(template, context, *, to, unsubscribe_url, message_id):
    """A multipart email from `template`_subject.txt, .txt and .html, in the
    active language, from ACTIONS_FROM_EMAIL, with one-click unsubscribe
    (List-Unsubscribe, RFC 8058's List-Unsubscribe-Post) and a Message-ID
    that names the message, so a copy sent twice reads as one."""
    subject = render_to_string(f"{template}_subject.txt", context)
    text = render_to_string(f"{template}.txt", context)
    html = render_to_string(f"{template}.html", context)
    reply_to = [settings.ACTIONS_REPLY_TO] if settings.ACTIONS_REPLY_TO else None
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=text,
        from_email=settings.ACTIONS_FROM_EMAIL,
        to=[to],
        reply_to=reply_to,
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Message-ID": message_id,
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(html, "text/html")
    return message
