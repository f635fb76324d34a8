"""Followers' emails, plain text and HTML, in the follower's language: the
confirmation, and each announcement. Every one carries the unfollow link
(List-Unsubscribe, with RFC 8058's one-click List-Unsubscribe-Post) and a
Message-ID naming the follower and the message, so a message sent twice by
a crash reads as one in most mail clients."""

from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from actions.emails import absolute, rendered_message
from actions.tokens import address_hash
from following.tokens import confirmation_token, manage_token, stop_token


def page_in(page, language):
    """The followed page's title and address in `language`."""
    with translation.override(language):
        return {
            "page_title": page.title,
            "page_url": absolute(page.get_url() or "/"),
            "follows_new_items": getattr(page, "follows_new_items", False),
        }


def message_id(follower, what):
    domain = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
    tag = address_hash(follower.email, "message")[:12]
    return f"<follow-{follower.pk}.{what}.{tag}@{domain}>"


def build(follower, template, context, what):
    with translation.override(follower.language):
        stop_path = reverse("following:stop", args=[stop_token(follower)])
        manage_path = reverse("following:manage", args=[manage_token(follower)])
        context = {
            **context,
            "follower": follower,
            "stop_url": absolute(stop_path),
            "manage_url": absolute(manage_path),
        }
        return rendered_message(
            f"following/email/{template}",
            context,
            to=follower.email,
            unsubscribe_url=context["stop_url"],
            message_id=message_id(follower, what),
        )


def confirmation_message(follower, number):
    with translation.override(follower.language):
        confirm_path = reverse("following:confirm", args=[confirmation_token(follower)])
    context = {
        **page_in(follower.page.specific, follower.language),
        "confirm_url": absolute(confirm_path),
        "already_confirmed": follower.is_confirmed,
        "days": settings.ACTIONS_UNCONFIRMED_DAYS,
    }
    return build(follower, "confirm", context, f"confirm-{number}")


def announcement_message(announcement, news, follower):
    """The email telling `follower` the news: `news` is the context
    following.delivery read once per language (the Announced, the page's
    title and address)."""
    return build(follower, "news", news, f"news-{announcement.pk}")
