"""Campaigns and urgent-appeal cases, and the brands they name.

Tree: Home > Campaigns (CampaignIndexPage) > one CampaignPage per campaign or
case. Cases are structured data (kind, status, countries, brands, dates,
amounts), so visitors can filter them and follow them by feed.
"""

from types import SimpleNamespace

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Exists, F, OuterRef, Prefetch, Q
from django.db.models.functions import Cast
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    Page,
    Revision,
    RevisionMixin,
    WorkflowMixin,
    WorkflowState,
)
from wagtail.search import index

from cccea_site.languages.translated_fields import (
    TranslatedValue,
    any_fallback,
    in_every_language,
    resolve,
    resolve_each,
    resolve_fields,
)
from cccea_site.pages.base import (
    RICH_TEXT_FEATURES,
    TranslatedRoutablePage,
)
from cccea_site.pages.forms import TranslatedModelForm, TranslatedPageForm
from cccea_site.pages.widgets import SearchableSelectMultiple, country_names
from cccea_site.search.text import index_text
from cccea_site.serving.render_memo import memoized_for_page
from cccea_site.serving.visibility import public_pages
from following.pages import Announced
from following.panels import FollowersPanel

# Currencies an amount owed is usually counted in, by ISO 4217 code.
CURRENCIES = [
    "USD", "EUR", "GBP", "HKD", "TWD", "JPY", "KRW", "CNY", "BDT", "KHR", "MMK",
    "IDR", "VND", "INR", "LKR", "PKR", "THB",
]  # fmt: skip

CONSENT_MESSAGE = _(
    "An urgent appeal can only be published once the workers concerned and our "
    "local partner have agreed to publication. Tick the consent box on the "
    "Content tab when they have, or save the page as a draft until then."
)

# A call to action may link to a web page or open an email.
action_link_validator = RegexValidator(
    r"^(https?://|mailto:)\S+$",
    _("Enter a web address (https://…) or an email link (mailto:…)."),
)


class BrandQuerySet(models.QuerySet):
    def live(self):
        """Brands visitors may see: published, and not unpublished since."""
        return self.filter(live=True)

    def with_review_status(self):
        """Brands with what their status in the admin needs, read with them.

        The status ("live + in moderation", "scheduled"…) asks whether a
        workflow is in progress and whether a version is scheduled: two
        queries a brand, unless read here for a whole list at once (Wagtail
        does the same for pages).
        """
        scheduled = Revision.objects.filter(
            base_content_type=self.model.get_base_content_type(),
            object_id=Cast(OuterRef("pk"), models.CharField()),
            approved_go_live_at__isnull=False,
        )
        return self.annotate(_approved_schedule=Exists(scheduled)).prefetch_related(
            Prefetch(
                "_workflow_states",
                queryset=WorkflowState.objects.active(),
                # The attribute WorkflowMixin.workflow_in_progress reads.
                to_attr="_current_workflow_states",
            )
        )


def aliases_of(brand):
    """The aliases of a brand (or a revision's values), one per line."""
    return [line.strip() for line in (brand.aliases or "").splitlines() if line.strip()]


def names_of(brand):
    """The name in every language, then the aliases."""
    return [*in_every_language(brand, "name"), *aliases_of(brand)]


class Brand(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    index.Indexed,
    models.Model,
):
    """A clothing or sportswear brand that campaigns and cases name.

    The name is translated per language; aliases hold other spellings in any
    script (Uniqlo, ユニクロ, 優衣庫, 유니클로) so visitors find the brand by any.
    Edits are saved as drafts with a history, like pages: visitors see a
    brand (on case pages, cards, filters, feeds and in search) only once it
    is published, and then as published, whatever drafts follow. Translators
    save drafts and submit them for moderation; editors publish. Registered
    as a snippet in campaigns/wagtail_hooks.py.
    """

    name = models.CharField(
        _("name"), max_length=120, help_text=_("The brand's name in this language.")
    )
    slug = models.SlugField(
        _("slug"),
        unique=True,
        max_length=120,
        help_text=_("Used in filter addresses, e.g. ?brand=northwind-apparel."),
    )
    aliases = models.TextField(
        _("aliases"),
        blank=True,
        help_text=_("Other names and spellings, one per line, in any script."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("aliases")]
    # Translators change the translations only; all see the English source.
    base_form_class = TranslatedModelForm

    # The admin's brand search (the public search finds cases, not brands):
    # names and aliases in any language, a draft's too, with CJK text also
    # split into the index's pieces (search_names_text). Latin words match by
    # their start (autocomplete); a CJK query is split the same way and
    # searched with AND (cccea_site.search.admin_search).
    search_fields = [
        index.AutocompleteField("search_names_text"),
        index.SearchField("search_names_text"),
        index.AutocompleteField("slug"),
        index.FilterField("slug"),
        index.FilterField("live"),
    ]

    objects = BrandQuerySet.as_manager()

    class Meta:
        ordering = ["slug"]
        verbose_name = _("brand")
        verbose_name_plural = _("brands")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # The untranslated `name` column, and a revision's name in the
        # admin's history and listings, hold English whoever saves, as
        # pages' titles do (TranslatedPage.save).
        with translation.override(settings.LANGUAGE_CODE):
            return super().save(*args, **kwargs)

    def save_revision(self, *args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):  # as save() above
            return super().save_revision(*args, **kwargs)

    @property
    def approved_schedule(self):
        # Read from the list's query when BrandQuerySet.with_review_status()
        # annotated it; else one query, as DraftStateMixin does.
        if hasattr(self, "_approved_schedule"):
            return self._approved_schedule
        return super().approved_schedule

    def alias_list(self):
        return aliases_of(self)

    def names(self):
        """The brand's name in every language, then its aliases, as published
        (when it is): what visitors find its cases by."""
        return names_of(self)

    def draft(self):
        """The newest version's values (name_ja, aliases…) as attributes, when
        it is a draft not yet published; else None."""
        latest = self.latest_revision if self.has_unpublished_changes else None
        return SimpleNamespace(**latest.content) if latest else None

    def search_names_text(self):
        """For the admin's search only: published names and a draft's, so
        translators and moderators find a brand by a name not yet public."""
        draft = self.draft()
        return index_text(*self.names(), *(names_of(draft) if draft else ()))

    def latest_name(self):
        """The name in the active language as the newest version has it: a
        draft's, if there is one, so translators find their own work in the
        admin's list of brands."""
        return resolve(self.draft() or self, "name").value or self.slug

    latest_name.short_description = _("name")


class CampaignIndexPage(TranslatedRoutablePage):
    """The list of campaigns and urgent appeals, with filters and a feed.

    Add campaigns and cases as its children. Visitors filter the list by
    kind, status, country, brand and year; each filter has its own address.
    """

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("A few sentences above the list of campaigns."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["cccea_site.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count = 1

    description_fields = ("intro",)

    class Meta:
        verbose_name = _("campaign index page")

    @path("")
    def listing(self, request):
        from campaigns.listing import campaign_listing

        listing = campaign_listing(self, request)
        context = self.get_context(request)
        context.update(listing.context())
        context["shows_fallback"] = any_fallback(context.values())
        return TemplateResponse(
            request, self.get_template(request), context, status=listing.status
        )

    # Readers follow the list for new urgent appeals (following.pages): a
    # case announces itself here when first published as an urgent appeal.
    follows_new_items = True

    def announcement_keys(self):
        return []  # publishing the list itself is no news

    def announcement(self, key, language):
        kind, _colon, value = key.partition(":")
        if kind != "new-appeal" or not value.isdigit():
            return None
        case = CampaignPage.objects.live().filter(pk=value).first()
        if case is None:
            return None
        with translation.override(language):
            url = case.get_url()
        return Announced(
            resolve(case, "title", language),
            resolve(case, "summary", language),
            case.started_on,
            url=url,
        )

    @path("feed/")
    def feed(self, request):
        from campaigns.feeds import CampaignListFeed

        return CampaignListFeed()(request, index_page=self)


class CampaignPageForm(TranslatedPageForm):
    """Checks the consent rule against what the button pressed will do.

    CampaignPage.clean() refuses a live urgent appeal without consent. The
    form's page object is not yet what the button will make of it: a new
    page is `live` until Wagtail saves it as a draft, and a live appeal's
    draft does not go live. So the model is validated as live only when the
    editor publishes, or approves in a workflow; drafts, autosaves and
    submissions for moderation are saved whatever the box says.
    """

    def is_going_live(self):
        approving = (
            "action-workflow-action" in self.data
            and self.data.get("workflow-action-name") == "approve"
        )
        return "action-publish" in self.data or approving

    def _post_clean(self):
        page = self.instance
        live_before = page.live
        page.live = self.is_going_live()
        try:
            super()._post_clean()
        finally:
            page.live = live_before


class CampaignPage(TranslatedRoutablePage):
    """A campaign or an urgent-appeal case: facts, demands, updates, action.

    Post news as dated updates; they show as a timeline, newest first, and in
    the case's feed. An urgent appeal needs the consent of the workers and our
    local partner before it can be published. To publish at a set time (an
    embargo), use "Set schedule" in the status side panel.
    """

    class Kind(models.TextChoices):
        CAMPAIGN = "campaign", _("Campaign")
        URGENT_APPEAL = "urgent_appeal", _("Urgent appeal")

    class Status(models.TextChoices):
        ACTIVE = "active", pgettext_lazy("case status", "Active")
        WON = "won", _("Won")
        SETTLED = "settled", _("Settled")
        CLOSED = "closed", _("Closed")

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.URGENT_APPEAL,
        help_text=_(
            "An urgent appeal supports named workers in one dispute; a campaign "
            "works on an issue across many workplaces."
        ),
    )
    status = models.CharField(
        pgettext_lazy("case", "status"),
        max_length=20,
        choices=Status.choices,
        default=Status.ACTIVE,
        help_text=_("Where the case stands now."),
    )
    publication_consent = models.BooleanField(
        _("the workers concerned and our local partner agreed to publication"),
        default=False,
        help_text=_(
            "Required before an urgent appeal is published: making a case public "
            "can put workers at risk of retaliation, so they and our local "
            "partner decide whether and when it is."
        ),
    )
    countries = CountryField(
        _("countries"),
        multiple=True,
        blank=True,
        help_text=_("The countries where the workers concerned are."),
    )
    brands = ParentalManyToManyField(
        Brand,
        verbose_name=_("brands"),
        blank=True,
        related_name="campaigns",
        help_text=_("Brands the case or campaign is addressed to."),
    )
    employer = models.CharField(
        _("factory or employer"),
        max_length=200,
        blank=True,
        help_text=_("The name of the factory or employer, as it is known locally."),
    )
    workers_affected = models.PositiveIntegerField(
        _("workers affected"),
        null=True,
        blank=True,
        help_text=_("How many workers the case concerns, if known."),
    )
    amount_owed = models.DecimalField(
        _("amount owed"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Wages, severance or compensation owed to the workers, if known."),
    )
    currency = models.CharField(
        _("currency"),
        max_length=3,
        choices=[(code, code) for code in CURRENCIES],
        default="USD",
        help_text=_("The currency of the amount owed."),
    )
    started_on = models.DateField(
        _("started on"),
        default=timezone.localdate,
        help_text=_("When the dispute or campaign began."),
    )
    resolved_on = models.DateField(
        _("resolved on"),
        null=True,
        blank=True,
        help_text=_("When it was won, settled or closed; empty while active."),
    )
    summary = models.TextField(
        _("summary"),
        help_text=_("One or two sentences shown on the case card and in feeds."),
    )
    body = RichTextField(
        _("body"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("The background of the case."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A picture for the top of the page and the case card. Never show "
            "workers' faces without their consent."
        ),
    )
    hero_image_alt = models.CharField(
        _("image alt text"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for people who cannot see it."),
    )
    cta_heading = models.CharField(
        _("action heading"),
        max_length=120,
        blank=True,
        help_text=_('The heading of the call to action, e.g. "Write to the brands".'),
    )
    cta_text = models.TextField(
        _("action text"), blank=True, help_text=_("What you ask visitors to do.")
    )
    cta_button_label = models.CharField(
        _("button label"),
        max_length=60,
        blank=True,
        help_text=_('The text of the action button, e.g. "Sign the petition".'),
    )
    cta_url = models.CharField(
        _("action link"),
        max_length=500,
        blank=True,
        validators=[action_link_validator],
        help_text=_(
            "A petition or other web address (https://…), or an email action "
            "(mailto:…). Leave empty to link a page below instead."
        ),
    )
    cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("action page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A page on this site to link to, if there is no action link."),
    )
    # Not named `action`: a form control of that name hides the <form>'s own
    # `action` property from scripts, and Wagtail's autosave then posts to
    # ".../edit/[object HTMLInputElement]".
    attached_action = models.ForeignKey(
        "actions.Action",
        verbose_name=pgettext_lazy("petition or pledge", "action"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_pages",
        help_text=_(
            "A petition or pledge visitors sign on this page, with its count. "
            "Write it first under Snippets → Actions."
        ),
    )
    related_organisations = ParentalManyToManyField(
        "network.MemberOrganisationPage",
        verbose_name=_("related member organisations"),
        blank=True,
        related_name="campaigns",
        help_text=_("Member organisations working on this case."),
    )

    base_form_class = CampaignPageForm

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
                FieldPanel("publication_consent"),
            ],
            heading=_("Kind and consent"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel(
                    "countries",
                    widget=SearchableSelectMultiple(search_text=country_names),
                ),
                FieldPanel(
                    "brands", widget=SearchableSelectMultiple(search_text=Brand.names)
                ),
                FieldPanel("employer"),
                FieldPanel("workers_affected"),
                FieldRowPanel([FieldPanel("amount_owed"), FieldPanel("currency")]),
                FieldRowPanel([FieldPanel("started_on"), FieldPanel("resolved_on")]),
            ],
            heading=_("Facts"),
        ),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Image")
        ),
        FieldPanel("body"),
        InlinePanel("demands", heading=_("Demands"), label=_("Demand")),
        InlinePanel(
            "updates",
            heading=_("Updates"),
            label=pgettext_lazy("case update", "Update"),
        ),
        FollowersPanel(),
        MultiFieldPanel(
            [
                FieldPanel("cta_heading"),
                FieldPanel("cta_text"),
                FieldPanel("cta_button_label"),
                FieldPanel("cta_url"),
                FieldPanel("cta_page"),
            ],
            heading=_("Call to action"),
        ),
        FieldPanel(
            "related_organisations",
            widget=SearchableSelectMultiple(
                search_text=lambda organisation: organisation.names()
            ),
        ),
    ]
    # Last on the Content tab: the petition or pledge the page carries.
    content_panels += [FieldPanel("attached_action")]

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    description_fields = ("summary",)

    class Meta:
        verbose_name = _("campaign or case page")
        # The same rules as clean(), kept by the database too: factories,
        # loaders and QuerySet.update() never call clean().
        constraints = [
            models.CheckConstraint(
                condition=Q(resolved_on__isnull=True)
                | Q(resolved_on__gte=F("started_on")),
                name="case_resolved_after_it_started",
            ),
            models.CheckConstraint(
                condition=Q(amount_owed__isnull=True) | Q(amount_owed__gte=0),
                name="case_amount_owed_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(status="active", resolved_on__isnull=True)
                | (~Q(status="active") & Q(resolved_on__isnull=False)),
                name="case_resolved_on_set_once_resolved",
            ),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.resolved_on and self.started_on and self.resolved_on < self.started_on:
            errors["resolved_on"] = _("A case cannot be resolved before it started.")
        elif self.status == self.Status.ACTIVE and self.resolved_on:
            errors["resolved_on"] = _(
                "An active case has no resolution date: empty it, or choose the "
                "status the case ended with."
            )
        elif self.status != self.Status.ACTIVE and not self.resolved_on:
            errors["resolved_on"] = _(
                "Enter the date the case was won, settled or closed."
            )
        if self.amount_owed is not None and self.amount_owed < 0:
            errors["amount_owed"] = _("The amount owed cannot be negative.")
        if errors:
            raise ValidationError(errors)
        # The last line of defence: nothing may make an urgent appeal live
        # without consent, whatever path the publish takes.
        if self.live and self.is_urgent_appeal and not self.publication_consent:
            raise ValidationError({"publication_consent": CONSENT_MESSAGE})

    def share_image(self):
        return self.hero_image

    def extra_search_texts(self):
        """Brands by any name or alias, the employer, demands and updates."""
        texts = [self.employer, *self.country_names_in_every_language()]
        for brand in self.public_brands():
            texts += brand.names()
        for demand in self.demands.all():
            texts += in_every_language(demand, "text")
        for update in self.updates.all():
            texts += [
                *in_every_language(update, "title"),
                *in_every_language(update, "text"),
            ]
        return texts

    def public_brands(self):
        """The brands named that visitors may see: the published ones, as
        published (a draft of a brand stays in its revisions)."""
        # Filtered in memory: a preview's relations are FakeQuerySets (no
        # live()), and reindexing many cases reads brands prefetched.
        return [brand for brand in self.brands.all() if brand.live]

    def country_names_in_every_language(self):
        names = []
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                names += [country.name for country in self.countries]
        return names

    @property
    def country_names(self):
        """The countries' names in the active language."""
        return [country.name for country in self.countries]

    @property
    def is_urgent_appeal(self):
        return self.kind == self.Kind.URGENT_APPEAL

    @property
    def days_open(self):
        """Days from the start to the resolution, or to today while open."""
        end = self.resolved_on or timezone.localdate()
        return max((end - self.started_on).days, 0)

    @property
    def last_updated(self):
        """The date of the newest update, or the start when there is none."""
        dates = [update.date for update in self.updates.all()]
        return max(dates, default=self.started_on)

    # Followers' emails (following.pages): each dated update once, and the
    # case's resolution once it is won, settled or closed.
    def announcement_keys(self):
        keys = [f"update:{update.pk}" for update in self.updates.all() if update.pk]
        if self.status != self.Status.ACTIVE:
            keys.append(f"status:{self.status}")
        return keys

    def news_for_other_pages(self):
        """(page, key) for news this case is elsewhere: a new urgent appeal,
        for the readers following the list."""
        if self.kind != self.Kind.URGENT_APPEAL:
            return []
        parent = self.get_parent().specific
        if not isinstance(parent, CampaignIndexPage):
            return []
        return [(parent, f"new-appeal:{self.pk}")]

    def announcement(self, key, language):
        """The news `key` names, in `language`; None if the case no longer
        carries it (the update deleted, the case active again)."""
        kind, _colon, value = key.partition(":")
        if kind == "update" and value.isdigit():
            update = self.updates.filter(pk=value).first()
            if update is None:
                return None
            fields = resolve_fields(update, ("title", "text"), language)
            return Announced(fields["title"], fields["text"], update.date)
        if kind == "status" and value == self.status and value in self.Status.values:
            with translation.override(language):
                label = self.Status(value).label
                title = str(_("The case is resolved: %(status)s") % {"status": label})
            resolved = TranslatedValue(title, language, language)
            return Announced(
                resolved, resolve(self, "summary", language), self.resolved_on
            )
        return None

    def updates_newest_first(self):
        return sorted(self.updates.all(), key=lambda update: update.date, reverse=True)

    @classmethod
    def serving_queryset(cls):
        """How routing loads a case to serve it (serving.routing): its picture,
        and its action with the confirmed count, in the page's own query."""
        from actions.models import confirmed_signatures_of

        return cls.objects.select_related("hero_image", "attached_action").annotate(
            attached_action_confirmed_now=confirmed_signatures_of("attached_action")
        )

    def action_read_with_page(self):
        """The attached action with its count, if serving_queryset() read
        them; None otherwise (a preview, a page loaded another way)."""
        count = getattr(self, "attached_action_confirmed_now", None)
        if count is None or self.attached_action_id is None:
            return None
        action = self.attached_action
        action.confirmed_now = count
        return action

    def get_listing_context(self, request):
        from actions.display import action_on_page

        # The case's rows change only with an edit, which starts a new
        # generation: read them once per generation for the cases visitors
        # are reading (four queries fewer on every other render). The
        # action's count changes with each signature: read with the page itself
        # on each render (serving_queryset).
        rows = memoized_for_page(
            request,
            "case-rows",
            (self.pk, translation.get_language()),
            lambda: self.resolved_rows(request),
        )
        action = action_on_page(
            request, self.attached_action_id, self.action_read_with_page()
        )
        return {**action, **rows}

    def resolved_rows(self, request):
        """The demands, updates, brands and member organisations shown, in
        the active language."""
        return {
            "demands": resolve_each(self.demands.all()),
            "updates": resolve_each(self.updates_newest_first()),
            "brands": resolve_each(self.public_brands()),
            "related_organisations": resolve_each(
                public_pages(
                    # filter(live=True), not live(): a preview's relations are
                    # in-memory FakeQuerySets, which have no live().
                    request,
                    self.related_organisations.filter(live=True).order_by("path"),
                ),
                ("title",),
            ),
        }

    def get_context(self, request, *args, **kwargs):
        from campaigns.sharing import share_links

        context = super().get_context(request, *args, **kwargs)
        url = self.get_url(request)  # None in the preview of a new page
        if url:
            url = request.build_absolute_uri(url)
            context["share_links"] = share_links(url, context["fields"]["title"].value)
        context["absolute_url"] = url
        return context

    @path("print/")
    def case_sheet(self, request):
        """The case on one A4 page, with its address as a QR code."""
        context = self.get_context(request, with_footer=False)
        return TemplateResponse(request, "campaigns/campaign_page_print.html", context)

    @path("feed/")
    def feed(self, request):
        from campaigns.feeds import CaseUpdatesFeed

        return CaseUpdatesFeed()(request, case_page=self)


class CampaignDemand(Orderable):
    """One of the workers' demands, in the order given; drag to reorder."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="demands")
    text = models.TextField(_("demand"), help_text=_("One demand, in one sentence."))

    panels = [FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("demand")
        verbose_name_plural = _("demands")

    def __str__(self):
        return self.text


class CampaignUpdate(Orderable):
    """A dated update on the case, shown in the timeline and the case's feed."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="updates")
    date = models.DateField(
        _("date"), default=timezone.localdate, help_text=_("When it happened.")
    )
    title = models.CharField(
        _("title"), max_length=200, help_text=_("What happened, in a few words.")
    )
    text = models.TextField(_("text"), blank=True, help_text=_("The details."))

    panels = [FieldPanel("date"), FieldPanel("title"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("update")
        verbose_name_plural = _("updates")

    def __str__(self):
        return f"{self.date}: {self.title}"
