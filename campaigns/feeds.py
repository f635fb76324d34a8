"""Atom feeds in the visitor's language: all (or filtered) campaigns, one case's updates.

Feeds are page-cached and served to everyone, so every address in them is
built from the page and the cleaned filters, never copied from the request:
a parameter the listing does not know (?next=//elsewhere) must not reach
the cached copy.
"""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from campaigns.listing import (
    CampaignFilterForm,
    brand_labels,
    campaign_facts,
    feed_query,
)
from campaigns.models import CampaignPage
from cccea_site.languages.translated_fields import resolve
from cccea_site.serving.page_cache import note_parameters_used

FEED_LENGTH = 50


def as_datetime(day):
    """Midnight at the start of `day`, in the site's time zone."""
    return timezone.make_aware(datetime.combine(day, time.min))


class CoalitionFeed(Feed):
    """What every feed of the site shares to be valid Atom (RFC 4287): the
    coalition as the author, absolute ids, and an updated date per entry."""

    feed_type = Atom1Feed

    def author_name(self):
        return _("Clean Clothes Campaign East Asia Coalition")

    def absolute(self, path):
        return self.request.build_absolute_uri(path)


class CampaignListFeed(CoalitionFeed):
    """The newest campaigns and cases, filtered like the listing it belongs to."""

    def get_object(self, request, index_page):
        form = CampaignFilterForm(request.GET, brand_slugs=brand_labels(request))
        if not form.is_valid():
            raise Http404(_("This filter does not exist."))
        self.filters = form.active_filters()
        note_parameters_used(request, self.filters)
        facts = [
            item
            for item in campaign_facts(request, index_page)
            if item.matches(self.filters)
        ]
        facts.sort(key=lambda item: (item.last_updated, item.id), reverse=True)
        self.request = request
        self.facts = {item.id: item for item in facts[:FEED_LENGTH]}
        return index_page

    def feed_url(self, index_page):
        """The feed's own address, with the filters it applied and nothing else."""
        return f"{index_page.get_url(self.request)}feed/{feed_query(self.filters)}"

    def title(self, index_page):
        return resolve(index_page, "title").value

    def link(self, index_page):
        return index_page.get_url(self.request)

    def subtitle(self, index_page):
        return _(
            "Campaigns and urgent appeals of the Clean Clothes Campaign East Asia Coalition"
        )

    def items(self, index_page):
        pages = CampaignPage.objects.filter(id__in=self.facts)
        order = list(self.facts)
        return sorted(pages, key=lambda page: order.index(page.id))

    def item_title(self, page):
        return resolve(page, "title").value

    def item_description(self, page):
        return resolve(page, "summary").value

    def item_link(self, page):
        return page.get_url(self.request)

    def item_pubdate(self, page):
        return as_datetime(page.started_on)

    def item_updateddate(self, page):
        return as_datetime(self.facts[page.id].last_updated)


class CaseUpdatesFeed(CoalitionFeed):
    """The dated updates of one case, newest first."""

    def get_object(self, request, case_page):
        self.request = request
        return case_page

    def feed_url(self, case_page):
        """The feed's own address, from the case's (not the request's path)."""
        return f"{case_page.get_url(self.request)}feed/"

    def title(self, case_page):
        return resolve(case_page, "title").value

    def link(self, case_page):
        return case_page.get_url(self.request)

    def subtitle(self, case_page):
        return resolve(case_page, "summary").value

    def items(self, case_page):
        return case_page.updates_newest_first()[:FEED_LENGTH]

    def item_title(self, update):
        return resolve(update, "title").value

    def item_description(self, update):
        return resolve(update, "text").value

    def item_link(self, update):
        return f"{update.page.get_url(self.request)}#update-{update.pk}"

    def item_guid(self, update):
        return self.absolute(f"{update.page.get_url(self.request)}#update-{update.pk}")

    def item_pubdate(self, update):
        return as_datetime(update.date)

    def item_updateddate(self, update):
        return as_datetime(update.date)
