"""Actions (petitions, pledges) and the signatures visitors give them.

An action is a snippet an editor writes once, in every language, and
attaches to a campaign or case page ("Action" on the page's Content tab).
Signatures are plain rows, never pages: they hold personal data, so they
never reach the page cache, logs or URLs, and they are deleted when the
signer withdraws, when they stay unconfirmed past ACTIONS_UNCONFIRMED_DAYS,
and a set number of days after the action closes (unless the signer asked
to be kept informed).
"""

from datetime import timedelta

from django.db import models
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from cccea_site.pages.forms import TranslatedModelForm


class ActionQuerySet(models.QuerySet):
    def with_counts(self):
        """Each action with `confirmed_count`: confirmed signatures, those
        whose personal data was deleted included. One query, no join rows
        kept in memory."""
        return self.annotate(
            confirmed_now=Count(
                "signatures", filter=Q(signatures__confirmed_at__isnull=False)
            )
        )

    def closed_before(self, moment):
        """Actions that closed (at their date, or by hand) before `moment`."""
        return self.filter(
            Q(closes_at__lt=moment) | Q(closed_by_hand=True, closed_at__lt=moment)
        )


class Action(models.Model):
    """A petition or pledge visitors sign on a campaign or case page.

    Write it in every language, then choose it as the "Action" of a page.
    Signatures count once the signer confirms by email; the page shows the
    count and the goal, and no form once the action is closed.
    """

    class Kind(models.TextChoices):
        PETITION = "petition", _("Petition")
        PLEDGE = "pledge", _("Pledge")

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.PETITION,
        help_text=_(
            "A petition asks someone (a brand, a government) to act; a pledge "
            "is a promise signers make themselves."
        ),
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("The action's heading, e.g. “Tell Northwind: pay the workers”."),
    )
    addressed_to = models.CharField(
        _("addressed to"),
        max_length=200,
        blank=True,
        help_text=_("Whom the petition asks, e.g. the brand's chief executive."),
    )
    text = models.TextField(
        _("text"),
        help_text=_("What the action asks, in a few sentences, as signers endorse it."),
    )
    consent_notice = models.TextField(
        _("consent notice"),
        blank=True,
        help_text=_(
            "Shown above the button. It must say why the data is collected, which "
            "items, how long they are kept, and that signers may refuse (and that "
            "they then cannot sign). Leave empty for the site's standard notice."
        ),
    )
    thanks_text = models.TextField(
        _("thank-you text"),
        blank=True,
        help_text=_("Shown once a signature is confirmed; leave empty for a default."),
    )
    asks_country = models.BooleanField(
        _("ask for the country"),
        default=True,
        help_text=_("Signers choose their country (counted by country in the admin)."),
    )
    asks_organisation = models.BooleanField(
        _("ask for an organisation"),
        default=False,
        help_text=_("Signers may name an organisation they sign for (optional)."),
    )
    goal = models.PositiveIntegerField(
        _("goal"),
        null=True,
        blank=True,
        help_text=_("How many signatures you aim for; empty shows the count alone."),
    )
    closes_at = models.DateTimeField(
        _("closes at"),
        null=True,
        blank=True,
        help_text=_("After this moment the form is gone and the final count shows."),
    )
    closed_by_hand = models.BooleanField(
        _("closed"),
        default=False,
        help_text=_("Tick to close the action now, whatever its closing date."),
    )
    closed_at = models.DateTimeField(
        _("closed by hand at"), null=True, blank=True, editable=False
    )
    retention_days = models.PositiveIntegerField(
        _("keep signers' data for (days after closing)"),
        default=90,
        help_text=_(
            "Names and addresses are deleted this many days after the action "
            "closes, except those of signers who asked to be kept informed; the "
            "count stays."
        ),
    )
    purged_count = models.PositiveIntegerField(
        _("confirmed signatures whose data was deleted"), default=0, editable=False
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = ActionQuerySet.as_manager()

    # The English source above each translation field.
    base_form_class = TranslatedModelForm

    panels = [
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldPanel("addressed_to"),
        FieldPanel("text"),
        MultiFieldPanel(
            [FieldPanel("asks_country"), FieldPanel("asks_organisation")],
            heading=_("What signers give (name and email always)"),
        ),
        FieldPanel("consent_notice"),
        FieldPanel("thanks_text"),
        MultiFieldPanel(
            [
                FieldPanel("goal"),
                FieldRowPanel([FieldPanel("closes_at"), FieldPanel("closed_by_hand")]),
                FieldPanel("retention_days"),
            ],
            heading=_("Goal, closing and retention"),
        ),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = pgettext_lazy("petition or pledge", "action")
        verbose_name_plural = pgettext_lazy("petitions or pledges", "actions")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Retention counts from the moment it was closed by hand.
        if self.closed_by_hand and self.closed_at is None:
            self.closed_at = timezone.now()
        elif not self.closed_by_hand:
            self.closed_at = None
        super().save(*args, **kwargs)

    def is_open(self, now=None):
        if self.closed_by_hand:
            return False
        return self.closes_at is None or (now or timezone.now()) < self.closes_at

    def closed_on(self):
        """When it closed, or None while open."""
        if self.closed_by_hand:
            return self.closed_at
        if self.closes_at and self.closes_at <= timezone.now():
            return self.closes_at
        return None

    def retention_ends(self):
        closed = self.closed_on()
        return closed + timedelta(days=self.retention_days) if closed else None

    @property
    def confirmed_count(self):
        """Confirmed signatures; read with with_counts() to save a query."""
        now = getattr(self, "confirmed_now", None)
        if now is None:
            now = self.signatures.confirmed().count()
        return now + self.purged_count

    def progress_percent(self):
        if not self.goal:
            return None
        return min(100, round(100 * self.confirmed_count / self.goal))

    def collected_items(self):
        """The items the form asks for, in the visitor's language."""
        items = [_("name"), _("email address")]
        if self.asks_country:
            items.append(_("country"))
        if self.asks_organisation:
            items.append(_("organisation (optional)"))
        items.append(_("the language you sign in"))
        return items


class SignatureQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed(self):
        return self.filter(confirmed_at__isnull=True)

    def unconfirmed_since(self, moment):
        """Unconfirmed, and no confirmation asked for since `moment`."""
        return self.unconfirmed().filter(last_requested_at__lt=moment)


class Signature(models.Model):
    """One person's signature of an action: counted once confirmed by email.

    The address is stored normalised (trimmed, Unicode NFKC, lower case), so
    the same person signs once per action. The two counters make the
    confirmation email idempotent: each request to send one increments
    `emails_requested`; a send records its number in `emails_sent`, and a
    retried or duplicated job finding it there sends nothing.
    """

    action = models.ForeignKey(
        Action,
        on_delete=models.CASCADE,
        related_name="signatures",
        verbose_name=pgettext_lazy("petition or pledge", "action"),
    )
    email = models.EmailField(_("email address"), max_length=254)
    name = models.CharField(_("name"), max_length=120)
    country = CountryField(_("country"), blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=10)
    keep_informed = models.BooleanField(_("keep me informed"), default=False)
    created_at = models.DateTimeField(_("signed at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    emails_requested = models.PositiveIntegerField(default=0)
    emails_sent = models.PositiveIntegerField(default=0)
    last_requested_at = models.DateTimeField(null=True, blank=True)

    objects = SignatureQuerySet.as_manager()

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["action", "email"], name="one_signature_per_address"
            )
        ]
        indexes = [models.Index(fields=["action", "confirmed_at"])]
        permissions = [
            (
                "see_signatures",
                "Can see and export the signatures of actions",
            )
        ]

    def __str__(self):
        # Never the name or address: this shows in logs and error reports.
        return f"Signature {self.pk} of action {self.action_id}"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None


def confirmed_signatures_of(action_field):
    """The number of confirmed signatures of the action in `action_field` of
    the outer query (a page's "attached_action"), as an annotation: what
    with_counts() reads as `confirmed_now`, read in the page's own query."""
    confirmed = (
        Signature.objects.filter(
            action=OuterRef(action_field), confirmed_at__isnull=False
        )
        .order_by()
        .values("action")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Coalesce(Subquery(confirmed, output_field=IntegerField()), 0)
