"""Sections one app adds to another app's pages, without either importing
the other: a case page's "Latest on this case" comes from the news app.

An app registers a provider for a page type by its label
("campaigns.CampaignPage") from its AppConfig.ready(); the provider takes
(request, page) and returns a RelatedSection or None. TranslatedPage puts
the sections into every page's context as `related_sections`, and base.html
shows each with its own template after the page's content. A provider must
cost a fixed number of queries (keep what it reads per generation with
serving.render_memo.memoized) and list public pages only
(serving.visibility.public_pages).
"""

from collections import defaultdict
from dataclasses import dataclass, field

_providers = defaultdict(list)


@dataclass
class RelatedSection:
    """A heading, the template that shows the items, and the items."""

    template: str
    heading: str
    items: list = field(default_factory=list)
    more_url: str = ""
    more_label: str = ""


def register_related_section(page_model_label, provider):
    if provider not in _providers[page_model_label]:
        _providers[page_model_label].append(provider)


def related_sections(request, page):
    """The sections registered for `page`'s type that have something to show."""
    sections = []
    for provider in _providers.get(page._meta.label, ()):
        section = provider(request, page)
        if section and section.items:
            sections.append(section)
    return sections
