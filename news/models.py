"""News, statements and publications: the coalition's own voice.

Tree: Home > News and statements (NewsIndexPage) > NewsPage, and
Home > Publications (PublicationIndexPage) > PublicationPage. Both kinds of
item are dated, have a kind and topics (a small translated vocabulary, the
Topic snippet), name the member organisations that wrote them, and may link
the cases they concern. A publication carries one file per language, any of
which may be missing.
"""

from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

from cccea_site.languages.translated_fields import (
    any_fallback,
    in_every_language,
)
from cccea_site.pages.base import (
    RICH_TEXT_FEATURES,
    TranslatedPage,
    TranslatedRoutablePage,
)
from cccea_site.pages.forms import TranslatedModelForm, TranslatedPageForm
from cccea_site.pages.widgets import SearchableSelectMultiple
from cccea_site.search.text import index_text
from cccea_site.serving.render_memo import memoized_for_page

# News text may quote: the base toolbar and block quotes.
NEWS_TEXT_FEATURES = [*RICH_TEXT_FEATURES, "blockquote"]


class Topic(models.Model):
    """A subject the coalition writes about (living wage, wage theft…).

    A small vocabulary shared by news and publications, named in every
    language; visitors filter both lists by it. Registered as a snippet in
    news/wagtail_hooks.py.
    """

    name = models.CharField(
        _("name"), max_length=80, help_text=_("The topic's name in this language.")
    )
    slug = models.SlugField(
        _("slug"),
        unique=True,
        max_length=80,
        help_text=_("Used in filter addresses, e.g. ?topic=living-wage."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    base_form_class = TranslatedModelForm

    class Meta:
        ordering = ["slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name

    def names(self):
        return in_every_language(self, "name")


# --- The body of a news page -------------------------------------------------


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(
        label=_("who said it"), required=False, max_length=200
    )

    class Meta:
        icon = "openquote"
        label = _("Quotation")
        template = "news/blocks/quote.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alt text"),
        max_length=250,
        required=False,
        help_text=_("What the picture shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), max_length=300, required=False)
    credit = blocks.CharBlock(
        label=_("credit"),
        max_length=120,
        required=False,
        help_text=_("Who took or owns the picture."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "news/blocks/captioned_image.html"


def news_body_blocks():
    return [
        (
            "text",
            blocks.RichTextBlock(features=NEWS_TEXT_FEATURES, label=_("Text")),
        ),
        ("quote", QuoteBlock()),
        ("image", CaptionedImageBlock()),
    ]


def stream_texts(stream):
    """The words of a news body, without rendering it (no image lookups)."""
    texts = []
    for block in stream or ():
        value = block.value
        if block.block_type == "text":
            texts.append(value.source)
        elif block.block_type == "quote":
            texts += [value.get("text"), value.get("attribution")]
        elif block.block_type == "image":
            texts += [value.get("caption"), value.get("credit")]
    return [text for text in texts if text]


# --- Shared parts of both kinds of item -------------------------------------


def item_date():
    return models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_("The publication date; lists show the newest first."),
    )


def item_summary():
    return models.TextField(
        _("summary"),
        help_text=_("One or two sentences shown in lists, feeds and link previews."),
    )


def picture(verbose_name, help_text):
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


def picture_alt():
    return models.CharField(
        _("image alt text"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for people who cannot see it."),
    )


def organisation_names(organisation):
    return organisation.names()


class IndexPage(TranslatedRoutablePage):
    """A dated list with filters by kind, topic and year, and an Atom feed."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("A few sentences above the list."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    description_fields = ("intro",)
    parent_page_types = ["cccea_site.HomePage"]
    max_count = 1

    class Meta:
        abstract = True

    @path("")
    def listing(self, request):
        from news.listing import item_listing

        listing = item_listing(self, request)
        context = self.get_context(request)
        context.update(listing.context())
        context["shows_fallback"] = any_fallback(context.values())
        return TemplateResponse(
            request, self.get_template(request), context, status=listing.status
        )

    @path("feed/")
    def feed(self, request):
        from news.feeds import ItemListFeed

        return ItemListFeed()(request, index_page=self)


class NewsIndexPage(IndexPage):
    """News, statements, press releases and blog posts, newest first.

    Add news pages as its children. Visitors filter the list by kind, topic
    and year, and follow it (or a filtered part of it) by feed.
    """

    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news index page")

    @property
    def item_model(self):
        return NewsPage


class PublicationIndexPage(IndexPage):
    """Reports, briefings, factsheets and joint letters, newest first.

    Add publication pages as its children.
    """

    subpage_types = ["news.PublicationPage"]

    class Meta:
        verbose_name = _("publication index page")

    @property
    def item_model(self):
        return PublicationPage


class NewsPage(TranslatedPage):
    """A news item, statement, press release or blog post.

    The body is built from blocks: text (with headings, lists, links and
    quotes), quotations with who said them, and images with a caption and a
    credit. Name the member organisations that wrote it, its topics, and the
    cases and brands it concerns: the cases' pages then show it under
    "Latest on this case".
    """

    class Kind(models.TextChoices):
        NEWS = "news", pgettext_lazy("kind of item", "News")
        STATEMENT = "statement", _("Statement")
        PRESS_RELEASE = "press_release", _("Press release")
        BLOG_POST = "blog_post", _("Blog post")

    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.NEWS
    )
    date = item_date()
    summary = item_summary()
    body = StreamField(
        news_body_blocks(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The text, with quotations and images with captions."),
    )
    hero_image = picture(
        _("image"),
        _(
            "A picture for the top of the page and the news card. Never show "
            "workers' faces without their consent."
        ),
    )
    hero_image_alt = picture_alt()
    organisations = ParentalManyToManyField(
        "network.MemberOrganisationPage",
        verbose_name=_("authoring member organisations"),
        blank=True,
        related_name="news_items",
    )
    topics = ParentalManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="news_items"
    )
    related_cases = ParentalManyToManyField(
        "campaigns.CampaignPage",
        verbose_name=_("related cases"),
        blank=True,
        related_name="news_items",
        help_text=_("Campaigns and cases this item is about."),
    )
    brands = ParentalManyToManyField(
        "campaigns.Brand",
        verbose_name=_("related brands"),
        blank=True,
        related_name="news_items",
    )

    base_form_class = TranslatedPageForm

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Image")
        ),
        FieldPanel("body"),
        FieldPanel("topics", widget=SearchableSelectMultiple(search_text=Topic.names)),
        FieldPanel(
            "organisations",
            widget=SearchableSelectMultiple(search_text=organisation_names),
        ),
        FieldPanel(
            "related_cases",
            widget=SearchableSelectMultiple(
                search_text=lambda case: in_every_language(case, "title")
            ),
        ),
        FieldPanel(
            "brands", widget=SearchableSelectMultiple(search_text=lambda b: b.names())
        ),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    description_fields = ("summary",)

    class Meta:
        verbose_name = _("news page")

    def share_image(self):
        return self.hero_image

    def search_body_text(self):
        texts = [
            *in_every_language(self, "summary"),
            *in_every_language(self, "hero_image_alt"),
        ]
        for stream in in_every_language(self, "body"):
            texts += stream_texts(stream)
        return index_text(*texts, *self.extra_search_texts())

    def extra_search_texts(self):
        texts = []
        for topic in self.topics.all():
            texts += topic.names()
        for brand in self.brands.all():
            if brand.live:
                texts += brand.names()
        return texts

    def get_listing_context(self, request):
        from news.related import item_relations

        return item_relations(request, self, cases=True)


def language_document(language_name):
    """A file in one language, labelled with the language's own name."""
    return models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=language_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


class PublicationPage(TranslatedPage):
    """A report, briefing, factsheet or joint letter, with a file per language.

    Upload the file of each language it exists in (under "Files"); the page
    offers the visitor's language first and says which languages have no
    file yet. While the page is a draft, its files can be downloaded by
    editors only.
    """

    class Kind(models.TextChoices):
        REPORT = "report", _("Report")
        BRIEFING = "briefing", _("Briefing")
        FACTSHEET = "factsheet", _("Factsheet")
        JOINT_LETTER = "joint_letter", _("Joint letter")

    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.REPORT
    )
    date = item_date()
    summary = item_summary()
    body = RichTextField(
        pgettext_lazy("field", "description"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What the publication covers and finds."),
    )
    cover_image = picture(_("cover image"), _("The publication's cover."))
    cover_image_alt = picture_alt()
    organisations = ParentalManyToManyField(
        "network.MemberOrganisationPage",
        verbose_name=_("authors and partner organisations"),
        blank=True,
        related_name="publications",
    )
    topics = ParentalManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="publications"
    )
    related_cases = ParentalManyToManyField(
        "campaigns.CampaignPage",
        verbose_name=_("related cases"),
        blank=True,
        related_name="publications",
    )
    # One file per language, named by language code (document_<suffix>), so
    # the list of languages in settings is the only list.
    document_en = language_document("English")
    document_zh_hant = language_document("繁體中文")
    document_ja = language_document("日本語")
    document_ko = language_document("한국어")

    base_form_class = TranslatedPageForm

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_image_alt")],
            heading=_("Cover"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("document_en"),
                FieldPanel("document_zh_hant"),
                FieldPanel("document_ja"),
                FieldPanel("document_ko"),
            ],
            heading=_("Files"),
        ),
        FieldPanel("topics", widget=SearchableSelectMultiple(search_text=Topic.names)),
        FieldPanel(
            "organisations",
            widget=SearchableSelectMultiple(search_text=organisation_names),
        ),
        FieldPanel(
            "related_cases",
            widget=SearchableSelectMultiple(
                search_text=lambda case: in_every_language(case, "title")
            ),
        ),
    ]

    parent_page_types = ["news.PublicationIndexPage"]
    subpage_types = []

    description_fields = ("summary", "body")

    class Meta:
        verbose_name = _("publication page")

    def share_image(self):
        return self.cover_image

    def extra_search_texts(self):
        texts = []
        for topic in self.topics.all():
            texts += topic.names()
        return texts

    def document_ids(self):
        """The ids of this publication's files, in any language."""
        from news.documents import DOCUMENT_FIELDS

        return [
            getattr(self, f"{name}_id")
            for name in DOCUMENT_FIELDS
            if getattr(self, f"{name}_id")
        ]

    def get_listing_context(self, request):
        from news.documents import files_by_language
        from news.related import item_relations

        # The documents change only with an edit (a new generation).
        key = (self.pk, get_language())
        files = memoized_for_page(
            request, "publication-files", key, lambda: files_by_language(self)
        )
        return {**item_relations(request, self, cases=True), "files": files}
