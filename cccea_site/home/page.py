"""The home page: who the coalition is, in a few lines and figures, the
latest cases and the latest news.

The only page module of cccea_site that may import content apps (campaigns,
news): the home page lists the latest cases and news. Nothing in campaigns or network imports
this module.
"""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from campaigns.listing import latest_active_campaign_cards
from campaigns.models import CampaignIndexPage
from cccea_site.languages.translated_fields import resolve_each
from cccea_site.pages.base import RICH_TEXT_FEATURES, TranslatedPage
from cccea_site.serving.render_memo import memoized
from cccea_site.serving.tree import children_of_type
from news.listing import latest_cards
from news.models import NewsIndexPage, NewsPage, PublicationIndexPage


class HomePage(TranslatedPage):
    """The site's front page: who the coalition is, in a few lines and figures.

    Editors set the hero heading and text, a short introduction and the key
    figures shown beneath it. Sections of the site are its child pages.
    """

    hero_heading = models.CharField(
        _("hero heading"),
        max_length=120,
        help_text=_("The large heading at the top of the home page."),
    )
    hero_text = models.TextField(
        _("hero text"),
        blank=True,
        help_text=_("One or two sentences under the hero heading."),
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
            [FieldPanel("hero_heading"), FieldPanel("hero_text")], heading=_("Hero")
        ),
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
        """The same for every visitor: kept per generation and language."""
        key = ("home-listing", self.pk, translation.get_language())
        return memoized(request, key, lambda: self.build_listing_context(request))

    def build_listing_context(self, request):
        campaign_indexes = children_of_type(request, self, CampaignIndexPage)
        return {
            "key_figures": resolve_each(self.key_figures.all()),
            "featured_campaigns": latest_active_campaign_cards(request),
            "campaign_index": campaign_indexes[0] if campaign_indexes else None,
            "latest_news": latest_cards(request, NewsPage),
            "news_index": first_or_none(children_of_type(request, self, NewsIndexPage)),
            "publication_index": first_or_none(
                children_of_type(request, self, PublicationIndexPage)
            ),
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
