"""Site-wide page models and settings: the home page, standard pages, footer.

`TranslatedPage` is the base of every page on the site: it resolves the fields
a template shows in the visitor's language (noting which fell back to English),
lets editors find pages by their title in any language, and stores empty rich
text as empty so the English fallback works.
"""

from http import HTTPMethod

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modeltranslation.utils import build_localized_fieldname, get_language
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index
from wagtail.url_routing import RouteResult

from cccea_site import routing, seo, slug_redirects
from cccea_site.footer import footer_content
from cccea_site.render_memo import memoized
from cccea_site.search_text import index_text
from cccea_site.translated_fields import (
    any_fallback,
    blank_empty_rich_text,
    in_every_language,
    resolve_each,
    resolve_fields,
)
from cccea_site.tree import children_of_type

# The rich-text toolbar editors get on every page: enough for structured text,
# nothing that lets them do layout.
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


def title_autocomplete_fields():
    """Let the admin's page search and chooser match titles in every language."""
    return [
        index.AutocompleteField(build_localized_fieldname("title", code))
        for code, _name in settings.LANGUAGES
    ]


class TranslatedPage(Page):
    """Base for every page type; not a page editors create by itself."""

    # Fields the page's template shows, resolved with fallback into
    # context["fields"]. Subclasses list their own.
    translated_fields = ("title",)
    # Fields whose text a search result or link preview quotes (the first
    # with content) when the page has no search description of its own.
    description_fields = ()

    # Titles and texts in every language, CJK split into pieces (search_text),
    # titles weighted up.
    search_fields = [
        *Page.search_fields,
        *title_autocomplete_fields(),
        index.SearchField("search_title_text", boost=5),
        index.SearchField("search_body_text"),
    ]

    # Pages are read, never written to: anything else gets 405 Method Not Allowed.
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]

    class Meta:
        abstract = True

    @property
    def body_class(self):
        """`template-<modelname>`, as Wagtail's project template names it."""
        return f"template-{self._meta.model_name}"

    def save(self, *args, **kwargs):
        blank_empty_rich_text(self)
        if self.pk is None or not slug_redirects.may_change_paths(
            kwargs.get("update_fields")
        ):
            return super().save(*args, **kwargs)
        old_paths = slug_redirects.paths_before_save(self)
        result = super().save(*args, **kwargs)
        slug_redirects.leave_redirects(self, old_paths)
        return result

    def route(self, request, path_components):
        """Find the page for a path with one query, for the page itself.

        Wagtail (and wagtail-modeltranslation's patch, which loads every
        child of each page on the way) walks the tree a level at a time.
        cccea_site.routing looks the whole path up in a table of every
        page's slugs in each language, built once per content generation; the
        page found routes what is left (a sub-route such as print/, or a
        404). cccea_site.apps removes wagtail-modeltranslation's patch.
        """
        if not path_components:
            if self.live:
                return RouteResult(self)
            raise Http404
        found = routing.find_descendant(request, self, get_language(), path_components)
        if found is None:
            raise Http404
        page, remaining = found
        return page.route(request, remaining)

    def get_view_restrictions(self):
        """Wagtail's answer, without its two queries per request.

        Restrictions are few and change only with a new generation, so the
        paths they apply to are read once per generation, with the route
        table: a page without any is answered by an empty queryset, no SQL.
        Aliases, which take their source page's restrictions, are left to
        Wagtail.
        """
        table = routing.route_table(None)
        if self.alias_of_id or table.is_under_alias(self.path):
            return super().get_view_restrictions()
        ids = table.restriction_ids(self.path)
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)

    def get_context(self, request, *args, with_footer=True, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["fields"] = resolve_fields(self, self.translated_fields)
        context["meta_description"] = seo.page_description(self)
        if with_footer:
            context["footer"] = footer_content(request)
        context.update(self.get_listing_context(request))
        # One notice per page when anything on it is shown in English instead.
        context["shows_fallback"] = any_fallback(context.values())
        return context

    def get_listing_context(self, request):
        """Inline items and child listings the template shows, already resolved."""
        return {}

    def share_image(self):
        """The picture for link previews; None for the site's default."""
        return None

    def search_title_text(self):
        return index_text(*in_every_language(self, "title"))

    def search_body_text(self):
        texts = [
            value
            for field_name in self.translated_fields
            if field_name != "title"
            for value in in_every_language(self, field_name)
        ]
        return index_text(*texts, *self.extra_search_texts())

    def extra_search_texts(self):
        """Other texts visitors may search for (inline items, names)."""
        return []


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
        "cccea_site.StandardPage",
    ]
    max_count = 1

    translated_fields = ("title", "hero_heading", "hero_text", "intro")
    description_fields = ("hero_text", "intro")

    class Meta:
        verbose_name = _("home page")

    def get_listing_context(self, request):
        """The same for every visitor: kept per generation and language."""
        key = ("home-listing", self.pk, translation.get_language())
        return memoized(request, key, lambda: self.build_listing_context(request))

    def build_listing_context(self, request):
        # Imported here: campaigns builds on this app, not the other way round.
        from campaigns.listing import latest_active_campaign_cards
        from campaigns.models import CampaignIndexPage

        campaign_indexes = children_of_type(request, self, CampaignIndexPage)
        return {
            "key_figures": resolve_each(self.key_figures.all(), ("label",)),
            "featured_campaigns": latest_active_campaign_cards(),
            "campaign_index": campaign_indexes[0] if campaign_indexes else None,
        }


class HomePageKeyFigure(Orderable):
    """A figure shown large on the home page, such as "235+ organisations"."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="key_figures")
    number = models.CharField(
        _("number"),
        max_length=20,
        help_text=_('The figure as written in every language, e.g. "1989" or "235+".'),
    )
    label = models.CharField(
        _("label"),
        max_length=120,
        help_text=_('What the number counts, e.g. "organisations in the network".'),
    )

    panels = [FieldPanel("number"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")

    def __str__(self):
        return f"{self.number} {self.label}"


class StandardPage(TranslatedPage):
    """A plain page of text: contact, privacy, accessibility statement and so on.

    Tick "Show in menus" on the Promote tab to list it in the main navigation;
    otherwise link to it from the footer or from other pages.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A sentence or two shown in larger type under the title."),
    )
    body = RichTextField(
        _("body"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("The text of the page."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["cccea_site.HomePage", "cccea_site.StandardPage"]
    subpage_types = ["cccea_site.StandardPage"]

    translated_fields = ("title", "intro", "body")
    description_fields = ("intro", "body")

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Site-wide text shown in every page's footer: about line, contact, links.

    Edit under Settings > Site settings; the text is translated per language.
    """

    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        help_text=_("A sentence about the coalition shown in every page's footer."),
    )
    contact_address = models.TextField(
        _("contact address"),
        blank=True,
        help_text=_("Postal address shown in the footer, one line per line."),
    )
    contact_email = models.EmailField(
        _("contact email"),
        blank=True,
        help_text=_("Public email address shown in the footer."),
    )
    facebook_url = models.URLField(
        _("Facebook page"), blank=True, help_text=_("Full address of the page.")
    )
    instagram_url = models.URLField(
        _("Instagram profile"), blank=True, help_text=_("Full address of the profile.")
    )
    x_url = models.URLField(
        _("X profile"), blank=True, help_text=_("Full address of the profile.")
    )
    youtube_url = models.URLField(
        _("YouTube channel"), blank=True, help_text=_("Full address of the channel.")
    )

    panels = [
        FieldPanel("footer_text"),
        MultiFieldPanel(
            [FieldPanel("contact_address"), FieldPanel("contact_email")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("x_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    def social_links(self):
        """(name, url) pairs for the footer, in a fixed order, only those set."""
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("X", self.x_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]
