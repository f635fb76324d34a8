"""The home page: the featured appeal first, then the sections editors
order (current appeals, latest news, key figures, the coalition in brief).

The only page module of cccea_site that may import content apps (campaigns,
news): the home page lists the latest cases and news. Nothing in campaigns or network imports
this module.
"""

import copy

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from actions.display import counts_for_cards
from campaigns.listing import latest_active_campaign_cards
from campaigns.models import CampaignIndexPage
from cccea_site.home.featured import action_button, featured_appeal
from cccea_site.home.sections import DEFAULT_SECTIONS, SECTION_BLOCKS
from cccea_site.languages.translated_fields import resolve_each
from cccea_site.pages.base import RICH_TEXT_FEATURES, TranslatedPage
from cccea_site.serving.render_memo import memoized
from cccea_site.serving.tree import children_of_type
from news.listing import latest_cards
from news.models import NewsIndexPage, NewsPage, PublicationIndexPage

# Cards under "Current appeals", besides the featured one.
CURRENT_APPEALS_SHOWN = 3


class HomePage(TranslatedPage):
    """The site's front page: the featured appeal, then the sections below.

    Editors pick the featured case (or leave the latest active urgent appeal
    to lead), may give it a picture of its own, and order or hide the
    sections. The heading, introduction and key figures are theirs too.
    Sections of the site are its child pages.
    """

    hero_heading = models.CharField(
        _("hero heading"),
        max_length=120,
        help_text=_("The heading at the top of the home page."),
    )
    hero_text = models.TextField(
        _("hero text"),
        blank=True,
        help_text=_(
            'One or two sentences about the coalition, first under "About the '
            'coalition".'
        ),
    )
    featured_case = models.ForeignKey(
        "campaigns.CampaignPage",
        verbose_name=_("featured appeal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The case or campaign the home page leads with. Leave empty to "
            "feature the active urgent appeal updated most recently."
        ),
    )
    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("featured picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A picture for the featured appeal on the home page; without one, "
            "the case's own picture is shown. Set its focal point so it crops "
            "well on phones."
        ),
    )
    featured_image_alt = models.CharField(
        _("featured picture description"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the picture shows, for people who cannot see it. Leave "
            "empty if it only decorates."
        ),
    )
    sections = StreamField(
        SECTION_BLOCKS,
        verbose_name=_("sections"),
        blank=True,
        default=DEFAULT_SECTIONS,
        # Each section at most once: it shows the same content wherever it is.
        block_counts={name: {"max_num": 1} for name, _block in SECTION_BLOCKS},
        help_text=_(
            "The sections below the featured appeal, in order. Drag to "
            "reorder; delete one to hide it."
        ),
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("A few paragraphs introducing the coalition."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text")], heading=_("Heading")
        ),
        MultiFieldPanel(
            [
                FieldPanel("featured_case"),
                FieldPanel("featured_image"),
                FieldPanel("featured_image_alt"),
            ],
            heading=_("Featured appeal"),
        ),
        FieldPanel("sections"),
        FieldPanel("intro"),
        InlinePanel("key_figures", heading=_("Key figures"), label=_("Key figure")),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "network.AboutPage",
        "network.GlobalNetworkPage",
        "campaigns.CampaignIndexPage",
        "news.NewsIndexPage",
        "news.PublicationIndexPage",
        "cccea_site.StandardPage",
    ]
    max_count = 1

    description_fields = ("hero_text", "intro")

    class Meta:
        verbose_name = _("home page")

    def get_listing_context(self, request):
        """What the sections show, kept per generation and language, and the
        signature counts, read fresh on each render (at most a minute old
        once cached, actions.display)."""
        key = ("home-listing", self.pk, translation.get_language())
        context = memoized(request, key, lambda: self.build_listing_context(request))
        return {**context, **action_context(request, context)}

    def build_listing_context(self, request):
        campaign_indexes = children_of_type(request, self, CampaignIndexPage)
        appeal = featured_appeal(request, self)
        return {
            "key_figures": resolve_each(self.key_figures.all()),
            "featured_appeal": appeal,
            "featured_campaigns": current_appeals_without(
                latest_active_campaign_cards(request, limit=CURRENT_APPEALS_SHOWN + 1),
                appeal,
            ),
            "campaign_index": campaign_indexes[0] if campaign_indexes else None,
            "latest_news": latest_cards(request, NewsPage),
            "news_index": first_or_none(children_of_type(request, self, NewsIndexPage)),
            "publication_index": first_or_none(
                children_of_type(request, self, PublicationIndexPage)
            ),
        }


def current_appeals_without(cards, appeal):
    """The cards, without the featured case, CURRENT_APPEALS_SHOWN at most."""
    featured_pk = appeal.object.pk if appeal else None
    return [card for card in cards if card.object.pk != featured_pk][
        :CURRENT_APPEALS_SHOWN
    ]


def action_context(request, context):
    """Counts and the featured button for this render: one query when any
    case shown has a petition or pledge, none otherwise.

    The memoized cards are shared between requests, so each card is copied
    with its own `.action` rather than changed in place.
    """
    appeal = context["featured_appeal"]
    cases = [card.object for card in context["featured_campaigns"]]
    if appeal:
        cases.append(appeal.object)
    actions = counts_for_cards(request, [case.attached_action_id for case in cases])
    cards = []
    for card in context["featured_campaigns"]:
        card = copy.copy(card)
        card.action = actions.get(card.object.attached_action_id)
        cards.append(card)
    featured_action = appeal and actions.get(appeal.object.attached_action_id)
    return {
        "featured_campaigns": cards,
        "featured_action": featured_action,
        "featured_button": action_button(appeal, featured_action) if appeal else None,
    }


def first_or_none(pages):
    return pages[0] if pages else None


class HomePageKeyFigure(Orderable):
    """A figure shown large on the home page, such as "235+ organisations"."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="key_figures")
    number = models.CharField(
        _("number"),
        max_length=20,
        help_text=_('The figure as written in every language, e.g. "1989" or "235+".'),
    )
    label = models.CharField(
        pgettext_lazy("key figure", "label"),
        max_length=120,
        help_text=_('What the number counts, e.g. "organisations in the network".'),
    )

    panels = [FieldPanel("number"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")

    def __str__(self):
        return f"{self.number} {self.label}"
