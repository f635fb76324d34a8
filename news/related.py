"""What news and publications add to other pages, and what they link to.

A case page shows its latest news ("Latest on this case"), a member
organisation's page the publications and news it wrote: registered with
cccea_site.pages.related from NewsConfig.ready(), so neither campaigns nor
network imports this app. Each section costs one query per content
generation and language (render_memo, for the most visited pages),
whatever the number of items.
"""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cccea_site.languages.translated_fields import resolve_each
from cccea_site.pages.related import RelatedSection, register_related_section
from cccea_site.serving.render_memo import memoized_for_page
from cccea_site.serving.visibility import public_pages

RELATED_NEWS_SHOWN = 3
PUBLICATIONS_SHOWN = 10


def item_links(request, queryset, limit):
    pages = public_pages(request, queryset.live()).order_by("-date", "-id")[:limit]
    return resolve_each(pages, ("title", "summary"))


def latest_news_on_case(request, case):
    from news.models import NewsPage

    def read():
        return item_links(
            request, NewsPage.objects.filter(related_cases=case), RELATED_NEWS_SHOWN
        )

    key = (case.pk, get_language())
    items = memoized_for_page(request, "case-news", key, read)
    return RelatedSection(
        template="news/includes/related_items.html",
        heading=_("Latest on this case"),
        items=items,
    )


def organisation_publications(request, organisation):
    from news.models import PublicationPage

    def read():
        return item_links(
            request,
            PublicationPage.objects.filter(organisations=organisation),
            PUBLICATIONS_SHOWN,
        )

    key = (organisation.pk, get_language())
    return RelatedSection(
        template="news/includes/related_items.html",
        heading=_("Publications by this organisation"),
        items=memoized_for_page(request, "organisation-publications", key, read),
    )


def register_related_content():
    register_related_section("campaigns.CampaignPage", latest_news_on_case)
    register_related_section(
        "network.MemberOrganisationPage", organisation_publications
    )


def item_relations(request, page, cases=True):
    """A news item's or publication's topics, authors and related cases (and
    a news item's brands), resolved, in a fixed number of queries: once per
    generation for the items visitors are reading."""
    key = (page.pk, cases, get_language())
    return memoized_for_page(
        request,
        "item-relations",
        key,
        lambda: read_item_relations(request, page, cases),
    )


def read_item_relations(request, page, cases):
    context = {
        "topics": resolve_each(page.topics.all(), ("name",)),
        "organisations": resolve_each(
            public_pages(
                request, page.organisations.filter(live=True).order_by("path")
            ),
            ("title",),
        ),
    }
    if cases:
        context["related_cases"] = resolve_each(
            public_pages(
                request, page.related_cases.filter(live=True).order_by("-started_on")
            ),
            ("title", "summary"),
        )
    if hasattr(page, "brands"):
        context["brands"] = resolve_each(
            [brand for brand in page.brands.all() if brand.live], ("name",)
        )
    return context
