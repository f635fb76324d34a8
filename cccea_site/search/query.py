"""Site search: /<lang>/search/?q=…, in the visitor's language, CJK included.

The query is cleaned and split into pieces the way the index is
(cccea_site.search.text), matched with AND against every live, public page
(a restricted page is never found, nor its text quoted), and the results are
ordered title matches first, then by relevance. Ten a page.

The ordered result ids of a query are kept in the shared cache for the
content generation (search_results_kept): after a news event many people
search the same brand name, and each repeat skips the full-text query, the
costliest part of a search (which grows with the archive). Results depend
on nothing but the content, the language, the terms and the type filter (a
restricted page is left out for everyone), so a kept list is right for
every visitor until the next edit starts a new generation.
"""

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import QuerySet
from django.http import Http404
from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from cccea_site.languages.translated_fields import TranslatedValue, resolve
from cccea_site.pages.pagination import pagination
from cccea_site.search.text import clean_query, query_terms
from cccea_site.serving.render_memo import generation_cache_key
from cccea_site.serving.visibility import is_public, public_pages

MAX_QUERY_LENGTH = 200
# Each term (a word, or a pair of CJK characters) is a node of the database
# backend's query tree; about 150 of them overflowed its recursion on
# PostgreSQL. A person searches with a few words: 32 is plenty.
MAX_QUERY_TERMS = 32
MAX_RESULTS = 500
RESULTS_PER_PAGE = 10
EXCERPT_LENGTH = 160


@dataclass(frozen=True)
class ResultType:
    """A choice of the search page's type filter, e.g. "Urgent appeals".

    `page_ids` returns a query of the ids of the pages it keeps. Content apps
    register theirs in their AppConfig.ready(), so search names no page type;
    "Other pages" keeps every page no registered type claims.
    """

    label: str
    page_ids: Callable[[], QuerySet]
    order: int


OTHER_PAGES = "page"
RESULT_TYPES = {}


def register_result_type(key, label, page_ids, order):
    RESULT_TYPES[key] = ResultType(label, page_ids, order)


def result_type_choices():
    """(key, label) pairs in filter order, "Other pages" last."""
    ordered = sorted(RESULT_TYPES.items(), key=lambda item: item[1].order)
    return [(key, kind.label) for key, kind in ordered] + [
        (OTHER_PAGES, _("Other pages"))
    ]


@dataclass
class SearchOutcome:
    query: str = ""
    result_type: str = ""
    message: str = ""
    status: int = 200
    results: list = field(default_factory=list)
    promotions: list = field(default_factory=list)
    total: int = 0
    pages: dict | None = None


def pages_of_type(request, result_type):
    """The live, public pages a type filter keeps (a queryset Wagtail search
    can filter)."""
    pages = public_pages(request, Page.objects.live().filter(depth__gt=1))
    if result_type in RESULT_TYPES:
        return pages.filter(id__in=RESULT_TYPES[result_type].page_ids())
    if result_type == OTHER_PAGES:
        for kind in RESULT_TYPES.values():
            pages = pages.exclude(id__in=kind.page_ids())
    return pages


def title_first(pages, terms):
    """Stable order: pages whose title (in the visitor's language) holds a term first."""

    def in_title(page):
        title = str(resolve(page, "title")).lower()
        return not any(term.lower() in title for term in terms)

    return sorted(pages, key=in_title)


def highlight(text, terms):
    """Escaped text with every term wrapped in <mark>."""
    escaped = escape(text)
    for term in sorted(terms, key=len, reverse=True):
        escaped = re.sub(
            re.escape(escape(term)),
            lambda m: f"<mark>{m.group(0)}</mark>",
            escaped,
            flags=re.IGNORECASE,
        )
    return mark_safe(escaped)  # noqa: S308 (escaped above; only <mark> added)


def excerpt(page, terms):
    """About 160 characters of the page's text around the first term found.

    A TranslatedValue: each field is read in the visitor's language or its
    fallback, so a snippet all in English says lang="en" on its element,
    and one that mixes languages marks the English parts inside it.
    """
    language = get_language()
    # The page's texts (its title aside), each in the language it is shown in.
    segments = []
    for name in getattr(page, "translated_fields", ()):
        if name == "title":
            continue
        value = resolve(page, name, language)
        text = " ".join(html.unescape(strip_tags(str(value))).split())
        if text:
            segments.append((text, value.language))
    text = " ".join(segment for segment, _language in segments)
    lowered = text.lower()
    positions = [
        lowered.find(term.lower()) for term in terms if term.lower() in lowered
    ]
    start = max(min(positions) - 40, 0) if positions else 0
    end = start + EXCERPT_LENGTH
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    pieces = window(segments, start, end)
    shown_in = {piece_language for _piece, piece_language in pieces}
    if len(shown_in) == 1:
        snippet = " ".join(piece for piece, _language in pieces)
        return TranslatedValue(
            highlight(f"{prefix}{snippet}{suffix}", terms), shown_in.pop(), language
        )
    marked = [
        highlight(piece, terms)
        if piece_language == language
        else format_html(
            '<span lang="{}">{}</span>', piece_language, highlight(piece, terms)
        )
        for piece, piece_language in pieces
    ]
    return TranslatedValue(
        format_html("{}{}{}", prefix, mark_safe(" ".join(marked)), suffix),  # noqa: S308 (each piece escaped)
        language,
        language,
    )


def window(segments, start, end):
    """The parts of `segments` ((text, language), joined by one space) that
    fall between characters `start` and `end` of the joined text."""
    pieces = []
    offset = 0
    for text, language in segments:
        low, high = max(start, offset), min(end, offset + len(text))
        if low < high:
            pieces.append((text[low - offset : high - offset], language))
        offset += len(text) + 1
    return pieces


def run_search(request):
    query = clean_query(request.GET.get("q", ""))
    result_type = request.GET.get("type", "")
    outcome = SearchOutcome(query=query, result_type=result_type)
    if result_type and result_type not in dict(result_type_choices()):
        outcome.message = _("There is no such type of result.")
        outcome.status = 400
        return outcome
    if not query:
        return outcome
    if len(query) > MAX_QUERY_LENGTH:
        outcome.message = _("Please search for at most %(count)s characters.") % {
            "count": MAX_QUERY_LENGTH
        }
        outcome.status = 400
        return outcome
    terms = query_terms(query)
    if not terms:
        return outcome
    if len(terms) > MAX_QUERY_TERMS:
        outcome.message = _("Please search with fewer words.")
        outcome.status = 400
        return outcome
    outcome.promotions = record_and_promote(request, query)
    ordered_ids = search_results_kept(request, terms, result_type)
    paginator = Paginator(ordered_ids, RESULTS_PER_PAGE)
    try:
        page_of_results = paginator.page(request.GET.get("page") or 1)
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404(_("There is no such page of results.")) from error
    specific = {
        page.pk: page
        for page in Page.objects.filter(pk__in=list(page_of_results)).specific()
    }
    outcome.results = [
        {
            "page": specific[page_id],
            "title": resolve(specific[page_id], "title"),
            "excerpt": excerpt(specific[page_id], terms),
            "type": result_label(specific[page_id]),
        }
        for page_id in page_of_results
        if page_id in specific
    ]
    outcome.total = len(ordered_ids)
    outcome.pages = pagination(page_of_results, {"q": query, "type": result_type})
    return outcome


# What title_first() reads of each match: its title in every language (a
# title falls back to another language's).
ORDERING_FIELDS = (
    "id",
    "title",
    *(build_localized_fieldname("title", code) for code, _name in settings.LANGUAGES),
)


def search_results_kept(request, terms, result_type):
    """The ids of the pages matching every term, in result order: from the
    shared cache when this generation has answered the same search, else
    from the search backend (then kept)."""
    key = search_results_key(request, terms, result_type)
    ordered_ids = cache.get(key)
    if ordered_ids is None:
        # Only what the order needs: a page row carries every field in four
        # languages (9 KB each), and a broad search reads up to 500 of them.
        pages = pages_of_type(request, result_type).only(*ORDERING_FIELDS)
        matches = list(pages.search(" ".join(terms), operator="and")[:MAX_RESULTS])
        ordered_ids = [page.pk for page in title_first(matches, terms)]
        cache.set(key, ordered_ids, settings.SEARCH_RESULTS_SECONDS)
    return ordered_ids


def search_results_key(request, terms, result_type):
    """The terms are hashed with the rest: a cache key names no search words."""
    return generation_cache_key(request, "search", get_language(), result_type, *terms)


def record_and_promote(request, query):
    """Count the query for the admin's search report; editors' picks for it.

    Editors promote pages or links for common queries under Settings >
    Promoted search results; they show above the results on the first page.
    A promoted page that is not live or is restricted is left out.
    """
    search_query = Query.get(query)
    search_query.add_hit()
    if request.GET.get("page") not in (None, "", "1"):
        return []
    return [
        {
            "url": promotion.page.url
            if promotion.page
            else promotion.external_link_url,
            "title": resolve(promotion.page, "title")
            if promotion.page
            else promotion.external_link_text,
            "description": promotion.description,
        }
        for promotion in search_query.editors_picks.select_related("page").order_by(
            "sort_order"
        )
        if promotion.page is None
        or (promotion.page.live and is_public(request, promotion.page))
    ]


def result_label(page):
    """ "Urgent appeal", "Campaign", or the page type's name."""
    kind = getattr(page, "get_kind_display", None)
    return kind() if kind else capfirst(page._meta.verbose_name)
