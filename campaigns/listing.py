"""The filtered, counted, paginated list of campaigns on the index page.

Filtering and counting happen in Python over one row per live campaign
(kind, status, countries, year, published brands, last update; a
restricted case is neither listed nor counted, serving.visibility): two
queries whatever the filters, exact counts per filter value given the other
filters, and a multi-valued country field that SQL could only match by
substring. Those rows and the brand names are the same for every visitor
until an edit, so each worker reads them once per content generation
(render_memo) and indexes them by filter value (CampaignIndex), so that a
request costs about the same with 10,000 campaigns as with 500. Only the
twelve campaigns shown are then loaded in full.
"""

from dataclasses import dataclass, field
from datetime import date

from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Max, Prefetch
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from actions.display import counts_for_cards
from campaigns.models import Brand, CampaignPage
from cccea_site.languages.collation import name_order
from cccea_site.languages.translated_fields import resolve_each
from cccea_site.pages.pagination import page_url, pagination
from cccea_site.serving.page_cache import note_parameters_used
from cccea_site.serving.render_memo import memoized
from cccea_site.serving.visibility import public_pages

CAMPAIGNS_PER_PAGE = 12
FILTER_NAMES = ("kind", "status", "country", "brand", "year")
# A facet longer than this (300 brands, say) shows its most common values
# and links to the list with the facet shown whole (?more=brand): every list
# page would otherwise carry hundreds of links.
FACET_VALUES_SHOWN = 10


class CampaignFilterForm(forms.Form):
    """The filters as GET parameters; every one optional."""

    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", "")] + CampaignPage.Kind.choices
    )
    status = forms.ChoiceField(
        label=pgettext_lazy("case", "Status"),
        required=False,
        choices=[("", "")] + CampaignPage.Status.choices,
    )
    country = forms.CharField(label=_("Country"), required=False, max_length=2)
    brand = forms.SlugField(label=_("Brand"), required=False, max_length=120)
    year = forms.IntegerField(
        label=_("Year"), required=False, min_value=1900, max_value=2999
    )
    # Not a filter: the facet to show whole.
    more = forms.ChoiceField(
        label=_("Show all"),
        required=False,
        choices=[("", "")] + [(name, name) for name in FILTER_NAMES],
    )

    def __init__(self, *args, brand_slugs=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.brand_slugs = set(brand_slugs)

    def clean_country(self):
        """An ISO 3166 code, in either case: ?country=KH or ?country=kh."""
        code = self.cleaned_data["country"].upper()
        if code and not countries.name(code):
            raise forms.ValidationError(_("There is no country with this code."))
        return code

    def clean_brand(self):
        slug = self.cleaned_data["brand"]
        if slug and slug not in self.brand_slugs:
            raise forms.ValidationError(_("There is no brand with this name."))
        return slug

    def active_filters(self):
        """{name: value} of the filters set, once the form is valid."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name in FILTER_NAMES and value not in ("", None)
        }


@dataclass(slots=True)  # 10,000 of them per worker: no dict each
class CampaignFacts:
    """What the filters look at for one campaign."""

    id: int
    kind: str
    status: str
    countries: list
    year: int
    brands: set = field(default_factory=set)
    last_updated: date | None = None

    def value(self, name):
        return {
            "kind": self.kind,
            "status": self.status,
            "year": self.year,
        }[name]

    def matches(self, filters, skip=None):
        for name, wanted in filters.items():
            if name == skip:
                continue
            if name == "country":
                if wanted not in self.countries:
                    return False
            elif name == "brand":
                if wanted not in self.brands:
                    return False
            elif self.value(name) != wanted:
                return False
        return True

    def values_of(self, name):
        if name == "country":
            return self.countries
        if name == "brand":
            return self.brands
        return [self.value(name)]


def campaign_facts(request, index_page):
    """One CampaignFacts per live, public campaign under the index, kept per
    generation. Shared between requests: read-only."""
    key = ("campaign-facts", index_page.pk)
    return memoized(request, key, lambda: read_campaign_facts(request, index_page))


def read_campaign_facts(request, index_page):
    """The facts from the database (two queries)."""
    campaigns = CampaignPage.objects.child_of(index_page).live()
    rows = (
        public_pages(request, campaigns)
        .annotate(last_update=Coalesce(Max("updates__date"), "started_on"))
        .values_list("id", "kind", "status", "countries", "started_on", "last_update")
    )
    facts = {
        row[0]: CampaignFacts(
            id=row[0],
            kind=row[1],
            status=row[2],
            countries=[code for code in (row[3] or "").split(",") if code],
            year=row[4].year,
            last_updated=row[5],
        )
        for row in rows
    }
    # Only published brands: a draft brand is neither a filter nor counted.
    links = CampaignPage.brands.through.objects.filter(
        campaignpage_id__in=facts, brand__live=True
    ).values_list("campaignpage_id", "brand__slug")
    for campaign_id, brand_slug in links:
        facts[campaign_id].brands.add(brand_slug)
    return list(facts.values())


@dataclass
class FacetValue:
    """One value of a filter: a link that adds it to the filters, or, once
    selected, takes it away again."""

    value: object
    label: str
    count: int
    selected: bool
    query: str
    # The link combines several filters: crawlers need not follow it (every
    # combination would be a page), and such a list is not indexed.
    nofollow: bool = False


def facet(name, facts, filters, labels):
    """Counts per value of filter `name`, given the other filters."""
    counts = {}
    for item in facts:
        if item.matches(filters, skip=name):
            for value in item.values_of(name):
                counts[value] = counts.get(value, 0) + 1
    return facet_values(name, counts, filters, labels)


def facet_values(name, counts, filters, labels):
    """The links of filter `name` from {value: count}, in display order: a
    value links to the list filtered by it too, a selected one to the list
    without it."""
    others = {other: value for other, value in filters.items() if other != name}
    values = []
    for value, count in counts.items():
        selected = filters.get(name) == value
        target = others if selected else {**others, name: value}
        values.append(
            FacetValue(
                value=value,
                label=labels(value),
                count=count,
                selected=selected,
                query=page_url(target, 1),
                nofollow=len(target) > 1,
            )
        )
    if name == "year":
        return sorted(values, key=lambda item: item.value, reverse=True)
    # The labels are in the page's language, so they sort as its readers
    # expect (Han by stroke count in Traditional Chinese, say).
    language = get_language()
    return sorted(values, key=lambda item: name_order(item.label, language))


class CampaignIndex:
    """The campaign list's facts arranged so that a request's cost does not
    grow with the number of campaigns: built once per generation per worker.

    Every filter value has the set of campaigns carrying it; a filtered list
    is the intersection of those sets, in the order of the whole list. The
    list and the facet counts with no filter or with one filter (what
    visitors and crawlers follow; links combining filters are nofollow) are
    computed at most once per value and kept; combinations of filters
    intersect small sets. At 10,000 cases with about 340 filter values that
    is a few megabytes per worker.
    """

    def __init__(self, facts):
        self.ordered = sorted(
            facts, key=lambda item: (item.last_updated, item.id), reverse=True
        )
        self.by_id = {item.id: item for item in self.ordered}
        self.rank = {item.id: position for position, item in enumerate(self.ordered)}
        self.postings = {name: {} for name in FILTER_NAMES}
        for item in self.ordered:
            for name in FILTER_NAMES:
                for value in item.values_of(name):
                    self.postings[name].setdefault(value, set()).add(item.id)
        self._kept = {}

    def _keep(self, key, compute):
        if key not in self._kept:
            self._kept[key] = compute()
        return self._kept[key]

    def ids_matching(self, filters):
        """The ids of the campaigns matching every filter (a set; do not change it)."""
        if not filters:
            return self.by_id.keys()
        sets = sorted(
            (self.postings[name].get(value, set()) for name, value in filters.items()),
            key=len,
        )
        if len(sets) == 1:
            return sets[0]
        return set.intersection(*sets)

    def matching(self, filters):
        """The facts of the campaigns matching `filters`, latest update first."""
        if not filters:
            return self.ordered
        if len(filters) == 1:
            return self._keep(("list", *filters.items()), lambda: self._sorted(filters))
        return self._sorted(filters)

    def _sorted(self, filters):
        ids = sorted(self.ids_matching(filters), key=self.rank.__getitem__)
        return [self.by_id[campaign_id] for campaign_id in ids]

    def counts(self, name, filters):
        """{value: campaigns} of filter `name` given the other filters."""
        others = {key: value for key, value in filters.items() if key != name}
        if len(others) > 1:
            return self._count(name, others)
        return self._keep(
            ("counts", name, *others.items()), lambda: self._count(name, others)
        )

    def _count(self, name, others):
        if not others:
            return {value: len(ids) for value, ids in self.postings[name].items()}
        counts = {}
        for campaign_id in self.ids_matching(others):
            for value in self.by_id[campaign_id].values_of(name):
                counts[value] = counts.get(value, 0) + 1
        return counts


def campaign_index(request, index_page):
    """The CampaignIndex of the campaigns under `index_page`, per generation."""
    key = ("campaign-index", index_page.pk)
    return memoized(
        request, key, lambda: CampaignIndex(campaign_facts(request, index_page))
    )


@dataclass
class Facet:
    """One filter's links as the list shows them."""

    name: str
    label: str
    values: list  # FacetValue, those shown
    hidden: int = 0  # how many more there are
    more_query: str = ""  # the list with this facet whole (when some are hidden)
    fewer_query: str = ""  # the list with it shortened again (when shown whole)


def shown_facet(name, label, values, filters, expanded):
    """`values` as the list shows them: whole when short or asked for,
    else the most common ones (and a selected one), in display order."""
    if len(values) <= FACET_VALUES_SHOWN:
        return Facet(name, label, values)
    if expanded == name:
        return Facet(name, label, values, fewer_query=page_url(filters, 1))
    common = sorted(values, key=lambda item: -item.count)[:FACET_VALUES_SHOWN]
    shown = [item for item in values if item in common or item.selected]
    return Facet(
        name,
        label,
        shown,
        hidden=len(values) - len(shown),
        more_query=page_url({**filters, "more": name}, 1),
    )


@dataclass
class CampaignListing:
    """Everything the index template shows, and the HTTP status to send."""

    form: CampaignFilterForm
    filters: dict = field(default_factory=dict)
    facets: list = field(default_factory=list)
    page_of_campaigns: object = None
    cards: list = field(default_factory=list)
    total: int = 0
    status: int = 200
    expanded: str = ""  # the facet shown whole, if any

    def context(self):
        return {
            "filter_errors": [
                (self.form.fields[name].label, error)
                for name, errors in self.form.errors.items()
                for error in errors
            ],
            "filters": self.filters,
            "facets": self.facets,
            "campaigns_pagination": pagination(
                self.page_of_campaigns, {**self.filters, "more": self.expanded}
            )
            if self.page_of_campaigns
            else None,
            "campaign_cards": self.cards,
            "campaign_total": self.total,
            "feed_query": feed_query(self.filters),
            # One filter makes a list worth finding ("urgent appeals");
            # combinations multiply into thin, near-duplicate pages, and a
            # facet shown whole repeats the list beside it.
            "noindex": len(self.filters) > 1 or bool(self.expanded),
        }


def feed_query(filters):
    """The query string of the feed that follows a list filtered by `filters`
    (cleaned: country codes in capitals, in the form's order); "" for none.

    The listing links its feed with it and the feed names itself with it,
    so neither ever repeats anything else a request carried.
    """
    query = page_url(filters, 1)
    return "" if query == "?" else query


def brand_labels(request):
    """{slug: translated name} of every published brand, kept per generation
    and language: the brand filter accepts these slugs and no others."""
    return memoized(request, ("brand-labels", get_language()), read_brand_labels)


def read_brand_labels():
    """The labels from the database (one query)."""
    return {
        item.object.slug: item["name"].value
        for item in resolve_each(Brand.objects.live())
    }


def campaign_listing(index_page, request):
    brands = brand_labels(request)
    form = CampaignFilterForm(request.GET, brand_slugs=brands)
    if not form.is_valid():
        # An unknown filter value: say which, show no results, and tell
        # crawlers it was a bad request rather than an empty list.
        return CampaignListing(form=form, status=400)
    filters = form.active_filters()
    expanded = form.cleaned_data["more"]
    index = campaign_index(request, index_page)
    matching = index.matching(filters)
    page_of_campaigns = paginate(matching, request.GET.get("page"))
    note_parameters_used(
        request,
        {
            **filters,
            "more": expanded,
            "page": page_number_beyond_the_first(page_of_campaigns),
        },
    )
    kind_labels = dict(CampaignPage.Kind.choices)
    status_labels = dict(CampaignPage.Status.choices)
    facets = [
        shown_facet(
            name,
            label,
            facet_values(name, index.counts(name, filters), filters, labels),
            filters,
            expanded,
        )
        for name, label, labels in [
            ("kind", _("Kind"), kind_labels.get),
            ("status", pgettext_lazy("case", "Status"), status_labels.get),
            ("country", _("Country"), lambda code: countries.name(code) or code),
            ("brand", _("Brand"), lambda slug: brands.get(slug, slug)),
            ("year", _("Year"), str),
        ]
    ]
    return CampaignListing(
        form=form,
        filters=filters,
        facets=facets,
        page_of_campaigns=page_of_campaigns,
        cards=campaign_cards(request, page_of_campaigns.object_list, brands),
        total=len(matching),
        expanded=expanded,
    )


def page_number_beyond_the_first(page_obj):
    """The page number as the listing's own links write it: none for page 1."""
    return page_obj.number if page_obj.number > 1 else None


def paginate(items, page_number):
    paginator = Paginator(items, CAMPAIGNS_PER_PAGE)
    try:
        return paginator.page(page_number or 1)
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404(_("There is no such page of campaigns.")) from error


def campaign_cards(request, facts_on_page, brand_names):
    """The campaigns of one listing page, loaded in full, in listing order."""
    by_id = {item.id: item for item in facts_on_page}
    pages = (
        CampaignPage.objects.filter(id__in=by_id)
        .select_related("hero_image")
        .prefetch_related("hero_image__renditions")
    )
    order = list(by_id)
    cards = resolve_each(
        sorted(pages, key=lambda page: order.index(page.id)),
        ("title", "summary", "hero_image_alt"),
    )
    for card in cards:
        facts = by_id[card.object.id]
        card.countries = [countries.name(code) for code in facts.countries]
        card.brands = [brand_names.get(slug, slug) for slug in sorted(facts.brands)]
        card.last_updated = facts.last_updated
    add_action_counts(request, cards)
    return cards


def add_action_counts(request, cards):
    """Each card's action (count and goal) as `card.action`, or None. One
    query when any card has an action, none otherwise (actions.display)."""
    actions = counts_for_cards(
        request, [card.object.attached_action_id for card in cards]
    )
    for card in cards:
        card.action = actions.get(card.object.attached_action_id)


def latest_active_campaign_cards(request, limit=3):
    """Cards for the home page: the public active campaigns updated most recently.

    Without signature counts: the home page keeps these cards for a whole
    content generation and reads the counts on each render instead.
    """
    pages = (
        public_pages(request, CampaignPage.objects.live())
        .filter(status=CampaignPage.Status.ACTIVE)
        .annotate(last_update=Coalesce(Max("updates__date"), "started_on"))
        .order_by("-last_update", "-id")
        .select_related("hero_image")
        .prefetch_related(
            "hero_image__renditions",
            Prefetch("brands", queryset=Brand.objects.live()),
        )[:limit]
    )
    cards = resolve_each(pages, ("title", "summary", "hero_image_alt"))
    for card in cards:
        page = card.object
        card.countries = [country.name for country in page.countries]
        card.brands = [item["name"].value for item in resolve_each(page.brands.all())]
        card.last_updated = page.last_update
    return cards
