"""The sitemap: every live, public page in every language, with hreflang
alternates, in numbered sections listed by an index at /sitemap.xml.

The sitemap protocol allows at most 50,000 URLs in one file. Each page is
listed once per language, and each of those entries names the page in every
language and x-default, so a page costs languages × (languages + 2) URLs
(24 with four languages). A section holds as many whole pages as fit under
SITEMAP_URLS_PER_SECTION counted that way, so a page's languages never
straddle two sections and no file comes near the limit (nor its 50 MB).
"""

import math
from functools import cached_property

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from cccea_site.serving.visibility import public_pages


def urls_per_page():
    """How many URLs one page adds to a section: a <loc> and its alternates
    (every language and x-default) for each language."""
    languages = len(settings.LANGUAGES)
    return languages * (1 + languages + 1)


def pages_per_section():
    return max(1, settings.SITEMAP_URLS_PER_SECTION // urls_per_page())


def sitemap_pages():
    """Every live, public page of the default site, in tree order."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return Page.objects.none()
    pages = Page.objects.live().descendant_of(site.root_page, inclusive=True)
    # The sitemap has no request: the route table of this generation.
    return public_pages(None, pages).order_by("path")


class PagesInEveryLanguage:
    """(page, language) pairs over a queryset of pages, read a slice at a time.

    Django's i18n sitemap pages through such pairs, and builds them from a
    list of every item; this reads only the pages of the section asked for.
    Slices start and end at whole pages (the paginator's page size is a
    multiple of the number of languages).
    """

    def __init__(self, pages, languages):
        self.pages = pages
        self.languages = languages

    def count(self):
        return self.pages.count() * len(self.languages)

    def __len__(self):
        return self.count()

    def __getitem__(self, pairs):
        size = len(self.languages)
        first = pairs.start // size
        last = math.ceil(pairs.stop / size)
        return [
            (page, language)
            for page in self.pages[first:last]
            for language in self.languages
        ]


class PageSitemap(Sitemap):
    """Django's i18n sitemap over the page tree: one <url> per page and language,
    each listing the page in the other languages and x-default (English)."""

    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return sitemap_pages()

    def _items(self):
        return PagesInEveryLanguage(self.items(), self._languages())

    @property
    def limit(self):
        # Pairs per section: whole pages, in every language.
        return pages_per_section() * len(self._languages())

    def location(self, page):
        return page.get_url()

    def _location(self, item, force_lang_code=None):
        # Django asks for each page's URL in every language once per entry
        # (its <loc>, then each alternate): six times over with four
        # languages. Each is worked out once per section.
        page, language = item
        key = (page.pk, force_lang_code or language)
        if key not in self._locations:
            self._locations[key] = super()._location(item, force_lang_code)
        return self._locations[key]

    @cached_property
    def _locations(self):
        return {}

    def lastmod(self, page):
        return page.last_published_at


def section_dates():
    """The latest publication date in each section, in order: one query,
    reading two columns of every page, however many sections there are."""
    per_section = pages_per_section()
    dates = list(sitemap_pages().values_list("last_published_at", flat=True))
    return [
        max(filter(None, dates[start : start + per_section]), default=None)
        for start in range(0, len(dates), per_section)
    ]
