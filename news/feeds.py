"""Atom feeds of the news and publication lists, filtered like the lists.

As the campaign feeds (campaigns.feeds): page-cached and served to everyone,
so every address in them is built from the page and the cleaned filters.
"""

from django.http import Http404
from django.utils.translation import gettext as _

from campaigns.feeds import FEED_LENGTH, CoalitionFeed, as_datetime
from campaigns.listing import feed_query
from cccea_site.languages.translated_fields import resolve
from cccea_site.serving.page_cache import note_parameters_used
from news.listing import filter_form, item_facts


class ItemListFeed(CoalitionFeed):
    """The newest items of a news or publication index, filtered."""

    def get_object(self, request, index_page):
        form = filter_form(request, index_page)
        if not form.is_valid():
            raise Http404(_("This filter does not exist."))
        self.filters = form.active_filters()
        note_parameters_used(request, self.filters)
        facts = [
            item
            for item in item_facts(request, index_page)
            if item.matches(self.filters)
        ]
        self.request = request
        self.facts = {item.id: item for item in facts[:FEED_LENGTH]}
        return index_page

    def feed_url(self, index_page):
        return f"{index_page.get_url(self.request)}feed/{feed_query(self.filters)}"

    def title(self, index_page):
        return resolve(index_page, "title").value

    def link(self, index_page):
        return index_page.get_url(self.request)

    def subtitle(self, index_page):
        return _("From the Clean Clothes Campaign East Asia Coalition")

    def items(self, index_page):
        pages = index_page.item_model.objects.filter(id__in=self.facts)
        order = list(self.facts)
        return sorted(pages, key=lambda page: order.index(page.id))

    def item_title(self, page):
        return resolve(page, "title").value

    def item_description(self, page):
        return resolve(page, "summary").value

    def item_link(self, page):
        return page.get_url(self.request)

    def item_pubdate(self, page):
        return as_datetime(page.date)

    def item_updateddate(self, page):
        return as_datetime(page.date)

    def item_categories(self, page):
        return [page.get_kind_display()]
