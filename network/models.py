"""Pages about the coalition and the Clean Clothes Campaign network.

Tree: Home > About (> Vision, Mission) and Home > Global Network > Regional
Coalition > Member Organisation. Parent and child types are fixed so the tree
keeps that shape.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.http import Http404
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from cccea_site.languages.translated_fields import in_every_language, resolve_each
from cccea_site.pages.base import RICH_TEXT_FEATURES, TranslatedPage
from cccea_site.pages.pagination import pagination
from cccea_site.serving.page_cache import note_parameters_used
from cccea_site.serving.render_memo import memoized_for_page
from cccea_site.serving.visibility import public_pages

# How many member organisations a coalition page lists at once.
MEMBERS_PER_PAGE = 48


def rich_text(verbose_name, help_text):
    return RichTextField(
        verbose_name, blank=True, features=RICH_TEXT_FEATURES, help_text=help_text
    )


class AboutPage(TranslatedPage):
    """About the coalition: who we are, how we work, the issues we focus on.

    Its children are the Vision and Mission pages, linked at the bottom.
    """

    who_we_are = rich_text(
        _("who we are"), _("The history of the campaign and of the coalition.")
    )
    how_we_work = rich_text(
        _("how we work"), _("How the coalition works towards its vision.")
    )
    focus_issues = rich_text(
        _("focus issues"), _("The issues the coalition works on, e.g. a list.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("who_we_are"),
        FieldPanel("how_we_work"),
        FieldPanel("focus_issues"),
    ]

    parent_page_types = ["cccea_site.HomePage"]
    subpage_types = ["network.VisionPage", "network.MissionPage"]
    max_count = 1

    description_fields = ("who_we_are",)

    class Meta:
        verbose_name = _("about page")

    def get_listing_context(self, request):
        children = public_pages(request, self.get_children().live().order_by("path"))
        return {"child_pages": resolve_each(children, ("title",))}


class VisionPage(TranslatedPage):
    """The network's vision statement."""

    statement = rich_text(_("statement"), _("The vision, in a paragraph or two."))

    content_panels = [*Page.content_panels, FieldPanel("statement")]

    parent_page_types = ["network.AboutPage"]
    subpage_types = []
    max_count = 1

    description_fields = ("statement",)

    class Meta:
        verbose_name = _("vision page")


class MissionPage(TranslatedPage):
    """The network's mission statement and its numbered commitments."""

    statement = rich_text(
        _("statement"), _("The mission, ending with a lead-in to the commitments.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("statement"),
        InlinePanel("commitments", heading=_("Commitments"), label=_("Commitment")),
    ]

    parent_page_types = ["network.AboutPage"]
    subpage_types = []
    max_count = 1

    description_fields = ("statement",)

    class Meta:
        verbose_name = _("mission page")

    def get_listing_context(self, request):
        return {"commitments": resolve_each(self.commitments.all())}

    def extra_search_texts(self):
        return [
            text
            for item in self.commitments.all()
            for text in in_every_language(item, "text")
        ]


class MissionCommitment(Orderable):
    """One numbered commitment of the mission; drag to reorder."""

    page = ParentalKey(
        MissionPage, on_delete=models.CASCADE, related_name="commitments"
    )
    text = models.TextField(_("text"), help_text=_("One commitment, as one sentence."))

    panels = [FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")

    def __str__(self):
        return self.text


class GlobalNetworkPage(TranslatedPage):
    """How the Clean Clothes Campaign network is organised, and its coalitions.

    Its children are the Regional Coalition pages, listed on this page.
    """

    how_organised = rich_text(
        _("how the network is organised"),
        _("Regional coalitions, the International Office and how they work."),
    )
    other_regions = rich_text(
        _("other regions"), _("Groups and organisations outside the coalitions.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("how_organised"),
        FieldPanel("other_regions"),
    ]

    parent_page_types = ["cccea_site.HomePage"]
    subpage_types = ["network.RegionalCoalitionPage"]
    max_count = 1

    description_fields = ("how_organised",)

    class Meta:
        verbose_name = _("global network page")

    def get_listing_context(self, request):
        coalitions = public_pages(
            request, RegionalCoalitionPage.objects.child_of(self).live()
        ).order_by("path")
        return {"coalitions": resolve_each(coalitions, ("title", "region"))}


class RegionalCoalitionPage(TranslatedPage):
    """A regional coalition of the network, such as the East Asian Coalition.

    Its children are its member organisations, listed on this page.
    """

    region = models.CharField(
        _("region"),
        max_length=100,
        help_text=_('The region the coalition covers, e.g. "East Asia".'),
    )
    founding_year = models.PositiveSmallIntegerField(
        _("founding year"),
        null=True,
        blank=True,
        help_text=_("The year the coalition was formed, if known."),
    )
    description = rich_text(
        pgettext_lazy("field", "description"), _("What the coalition is and does.")
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("region"), FieldPanel("founding_year")], heading=_("Facts")
        ),
        FieldPanel("description"),
    ]

    parent_page_types = ["network.GlobalNetworkPage"]
    subpage_types = ["network.MemberOrganisationPage"]

    description_fields = ("description",)

    class Meta:
        verbose_name = _("regional coalition page")

    def members(self, request):
        """The live member organisations a visitor may see, in tree order."""
        members = MemberOrganisationPage.objects.child_of(self).live()
        return (
            public_pages(request, members)
            .select_related("logo")
            .prefetch_related("logo__renditions")
            .order_by("path")
        )

    def get_listing_context(self, request):
        requested = request.GET.get("page") or "1"
        # A page of members changes only with an edit (a new generation): read
        # once per generation for the pages visitors open. A page number that
        # does not exist raises Http404 and keeps nothing.
        context = memoized_for_page(
            request,
            "coalition-members",
            (self.pk, requested, get_language()),
            lambda: self.members_on_page(request, requested),
        )
        number = context["members_pagination"]["number"]
        note_parameters_used(request, {"page": number if number > 1 else None})
        return context

    def members_on_page(self, request, requested):
        paginator = Paginator(self.members(request), MEMBERS_PER_PAGE)
        try:
            members_page = paginator.page(requested)
        except (EmptyPage, PageNotAnInteger) as error:
            raise Http404(_("There is no such page of members.")) from error
        return {
            "members_pagination": pagination(members_page),
            "members": resolve_each(members_page, ("title", "logo_alt_text")),
        }


class MemberOrganisationPage(TranslatedPage):
    """A member organisation of a regional coalition: who it is and where.

    The title is the organisation's name in each language; the name in its
    own language and script goes in "Own name".
    """

    class Kind(models.TextChoices):
        TRADE_UNION = "trade_union", _("Trade union")
        LABOUR_NGO = "labour_ngo", _("Labour NGO")
        WOMENS_ORGANISATION = "womens_organisation", _("Women's organisation")
        HOMEBASED_WORKERS = "homebased_workers", _("Homebased workers' organisation")
        OTHER = "other", _("Other")

    own_name = models.CharField(
        _("own name"),
        max_length=200,
        blank=True,
        help_text=_(
            "The organisation's name as it writes it itself, if it differs "
            "from the title, e.g. in Chinese, Japanese or Korean script."
        ),
    )
    country = CountryField(
        _("country"), help_text=_("The country where the organisation is based.")
    )
    kind = models.CharField(
        _("kind"),
        max_length=30,
        choices=Kind.choices,
        default=Kind.LABOUR_NGO,
        help_text=_("What sort of organisation it is."),
    )
    website = models.URLField(
        _("website"), blank=True, help_text=_("The organisation's own website.")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A square logo works best."),
    )
    logo_alt_text = models.CharField(
        _("logo alt text"),
        max_length=200,
        blank=True,
        help_text=_(
            'What the logo shows, for people who cannot see it, e.g. "Logo of '
            'the union: a raised fist holding a needle". Leave empty if it is '
            "only the name."
        ),
    )
    description = rich_text(
        pgettext_lazy("field", "description"),
        _("What the organisation does, in a few paragraphs."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("own_name"),
                FieldPanel("country"),
                FieldPanel("kind"),
                FieldPanel("website"),
            ],
            heading=_("Facts"),
        ),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("logo_alt_text")], heading=_("Logo")
        ),
        FieldPanel("description"),
    ]

    parent_page_types = ["network.RegionalCoalitionPage"]
    subpage_types = []

    description_fields = ("description",)

    class Meta:
        verbose_name = _("member organisation page")

    def share_image(self):
        return self.logo

    def extra_search_texts(self):
        return [self.own_name, str(self.country.name)]

    def names(self):
        """The organisation's title in every language, then its own name."""
        return [*in_every_language(self, "title"), self.own_name]
