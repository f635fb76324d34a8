"""Readers following a page (a case) by email, and what they are told.

A Follower is one address following one page, in one language. Like a
signature it holds personal data, so it is a plain row, never a page, never
in the page cache, logs or URLs: links in emails carry a signed token.
It counts once confirmed by email (double opt-in); unfollowing deletes it;
unconfirmed ones are deleted after ACTIONS_UNCONFIRMED_DAYS.

An Announcement is one piece of news about a followed page (a dated update,
the case's resolution), recorded when the page is published with it, once:
(page, key) is unique, so a republished page, a retried publish or two
processes publishing at once announce nothing twice. The worker mails it
to the page's confirmed followers in batches, keeping its place
(`last_follower_id`) after every email.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Page


class FollowerQuerySet(models.QuerySet):
    def confirmed(self):
        """Followers who confirmed and whose address still takes mail."""
        return self.filter(confirmed_at__isnull=False, bounced_at__isnull=True)

    def unconfirmed_since(self, moment):
        return self.filter(confirmed_at__isnull=True, last_requested_at__lt=moment)


class Follower(models.Model):
    page = models.ForeignKey(
        Page,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=pgettext_lazy("followed", "page"),
    )
    email = models.EmailField(_("email address"), max_length=254)
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("followed at"))
    last_requested_at = models.DateTimeField(_("confirmation last asked for"))
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    # Confirmation emails asked for and sent (see actions.delivery: the
    # same exactly-once rule as for signatures).
    emails_requested = models.PositiveIntegerField(default=0)
    emails_sent = models.PositiveIntegerField(default=0)
    # Set when the mail server refused the address for good (SMTP 5xx).
    bounced_at = models.DateTimeField(_("address refused at"), null=True, blank=True)

    objects = FollowerQuerySet.as_manager()

    class Meta:
        verbose_name = _("follower")
        verbose_name_plural = _("followers")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "email"], name="one_follower_per_address"
            )
        ]
        indexes = [models.Index(fields=["page", "confirmed_at"])]

    def __str__(self):
        return f"follower {self.pk} of page {self.page_id}"  # never the address

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None


class Announcement(models.Model):
    page = models.ForeignKey(
        Page,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=pgettext_lazy("followed", "page"),
    )
    # What is announced, stable across revisions: "update:<id>", "status:won".
    key = models.CharField(pgettext_lazy("announced news", "key"), max_length=100)
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    recipients = models.PositiveIntegerField(_("followers when recorded"), default=0)
    sent = models.PositiveIntegerField(
        pgettext_lazy("announcement", "emails sent"), default=0
    )
    last_follower_id = models.PositiveBigIntegerField(default=0)
    # A worker sending it holds it until then, so two never send at once.
    held_until = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(
        pgettext_lazy("announcement", "finished at"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("announcement")
        verbose_name_plural = _("announcements")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "key"], name="one_announcement_per_news"
            )
        ]

    def __str__(self):
        return f"{self.key} of page {self.page_id}"
