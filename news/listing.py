"""The filtered, counted, paginated list of news or publications on an index.

As the campaign list does (campaigns.listing): one row per live, public item
under the index (id, kind, date, topics), read once per content generation
(render_memo) in two queries, filtered and counted in Python, so the counts
per filter value are exact given the other filters; only the twelve items
shown are then loaded in full. Newest first.
"""

from dataclasses import dataclass, field
from datetime import date

from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from campaigns.listing import facet, feed_query, page_number_beyond_the_first
from cccea_site.languages.translated_fields import resolve_each
from cccea_site.pages.pagination import pagination
from cccea_site.serving.page_cache import note_parameters_used
from cccea_site.serving.render_memo import memoized
from cccea_site.serving.visibility import public_pages
from news.models import Topic

ITEMS_PER_PAGE = 12
CARD_FIELDS = ("title", "summary")


class ItemFilterForm(forms.Form):
    """The filters as GET parameters; every one optional."""

    kind = forms.ChoiceField(label=_("Kind"), required=False)
    topic = forms.SlugField(label=_("Topic"), required=False, max_length=80)
    year = forms.IntegerField(
        label=_("Year"), required=False, min_value=1900, max_value=2999
    )

    def __init__(self, *args, kinds=(), topic_slugs=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", ""), *kinds]
        self.topic_slugs = set(topic_slugs)

    def clean_topic(self):
        slug = self.cleaned_data["topic"]
        if slug and slug not in self.topic_slugs:
            raise forms.ValidationError(_("There is no topic with this name."))
        return slug

    def active_filters(self):
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value not in ("", None)
        }


@dataclass
class ItemFacts:
    """What the filters look at for one news item or publication."""

    id: int
    kind: str
    date: date
    topics: set = field(default_factory=set)

    @property
    def year(self):
        return self.date.year

    def values_of(self, name):
        if name == "topic":
            return self.topics
        return [self.kind if name == "kind" else self.year]

    def matches(self, filters, skip=None):
        return all(
            wanted in self.values_of(name)
            for name, wanted in filters.items()
            if name != skip
        )


def item_facts(request, index_page):
    """ItemFacts of every live, public child of the index, newest first; kept
    per generation. Shared between requests: read-only."""
    key = ("news-item-facts", index_page.pk)
    return memoized(request, key, lambda: read_item_facts(request, index_page))


def read_item_facts(request, index_page):
    """The facts from the database (two queries)."""
    model = index_page.item_model
    items = public_pages(request, model.objects.child_of(index_page).live())
    facts = {
        row[0]: ItemFacts(id=row[0], kind=row[1], date=row[2])
        for row in items.order_by("-date", "-id").values_list("id", "kind", "date")
    }
    through = model.topics.through
    page_column = f"{model._meta.model_name}_id"
    links = through.objects.filter(**{f"{page_column}__in": facts}).values_list(
        page_column, "topic__slug"
    )
    for item_id, slug in links:
        facts[item_id].topics.add(slug)
    return list(facts.values())


def topic_labels(request):
    """{slug: name in the active language} of every topic, per generation."""
    return memoized(request, ("topic-labels", get_language()), read_topic_labels)


def read_topic_labels():
    return {
        item.object.slug: item["name"].value
        for item in resolve_each(Topic.objects.all())
    }


@dataclass
class ItemListing:
    """Everything an index template shows, and the HTTP status to send."""

    form: ItemFilterForm
    filters: dict = field(default_factory=dict)
    facets: list = field(default_factory=list)
    page_of_items: object = None
    cards: list = field(default_factory=list)
    total: int = 0
    status: int = 200

    def context(self):
        return {
            "filter_errors": [
                (self.form.fields[name].label, error)
                for name, errors in self.form.errors.items()
                for error in errors
            ],
            "filters": self.filters,
            "facets": self.facets,
            "items_pagination": pagination(self.page_of_items, self.filters)
            if self.page_of_items
            else None,
            "item_cards": self.cards,
            "item_total": self.total,
            "feed_query": feed_query(self.filters),
        }


def filter_form(request, index_page):
    return ItemFilterForm(
        request.GET,
        kinds=index_page.item_model.Kind.choices,
        topic_slugs=topic_labels(request),
    )


def item_listing(index_page, request):
    form = filter_form(request, index_page)
    if not form.is_valid():
        # An unknown filter value: say which, list nothing, answer 400.
        return ItemListing(form=form, status=400)
    filters = form.active_filters()
    facts = item_facts(request, index_page)
    matching = [item for item in facts if item.matches(filters)]
    page_of_items = paginate(matching, request.GET.get("page"))
    note_parameters_used(
        request, {**filters, "page": page_number_beyond_the_first(page_of_items)}
    )
    topics = topic_labels(request)
    kind_labels = dict(index_page.item_model.Kind.choices)
    facets = [
        (name, label, facet(name, facts, filters, labels))
        for name, label, labels in [
            ("kind", _("Kind"), kind_labels.get),
            ("topic", _("Topic"), lambda slug: topics.get(slug, slug)),
            ("year", _("Year"), str),
        ]
    ]
    return ItemListing(
        form=form,
        filters=filters,
        facets=facets,
        page_of_items=page_of_items,
        cards=item_cards(index_page.item_model, page_of_items.object_list, topics),
        total=len(matching),
    )


def paginate(items, page_number):
    paginator = Paginator(items, ITEMS_PER_PAGE)
    try:
        return paginator.page(page_number or 1)
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404(_("There is no such page of this list.")) from error


def item_cards(model, facts_on_page, topic_names):
    """The items of one listing page, loaded in full, in listing order (one
    query, and one for their pictures' renditions when any has a picture)."""
    by_id = {item.id: item for item in facts_on_page}
    image_field = picture_field(model)
    pages = (
        model.objects.filter(id__in=by_id)
        .select_related(image_field)
        .prefetch_related(f"{image_field}__renditions")
    )
    order = list(by_id)
    cards = resolve_each(
        sorted(pages, key=lambda page: order.index(page.id)),
        (*CARD_FIELDS, f"{image_field}_alt"),
    )
    for card in cards:
        facts = by_id[card.object.id]
        card.topics = [topic_names.get(slug, slug) for slug in sorted(facts.topics)]
        card.image = getattr(card.object, image_field)
        card.image_alt = card[f"{image_field}_alt"]
    return cards


def picture_field(model):
    return "hero_image" if hasattr(model, "hero_image") else "cover_image"


def latest_cards(request, model, limit=3):
    """The newest public items of `model`, as cards, for the home page and
    related lists (one query, and one for renditions)."""
    image_field = picture_field(model)
    pages = (
        public_pages(request, model.objects.live())
        .order_by("-date", "-id")
        .select_related(image_field)
        .prefetch_related(f"{image_field}__renditions")[:limit]
    )
    cards = resolve_each(pages, (*CARD_FIELDS, f"{image_field}_alt"))
    for card in cards:
        card.topics = []
        card.image = getattr(card.object, image_field)
        card.image_alt = card[f"{image_field}_alt"]
    return cards
