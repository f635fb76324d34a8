"""Which page types readers may follow, registered by the apps that own them.

The following app imports no content app. A followable page type registers
itself from its AppConfig.ready() (campaigns.apps) and provides:

- `announcement_keys()`: the keys of the news it carries now ("update:12",
  "status:won"); a key not announced before is news when the page is
  published;
- `announcement(key, language)`: that news in `language` (an Announced), or
  None when the page no longer carries it;
- optionally `news_for_other_pages()`: (page, key) pairs for news it is on
  other followed pages (a new case, for the readers following the list);
- optionally `follows_new_items = True` on a list readers follow for its new
  items (templates then speak of new items, not updates).
"""

from dataclasses import dataclass
from datetime import date

from cccea_site.languages.translated_fields import TranslatedValue

_page_models = []


@dataclass
class Announced:
    """One piece of news as a follower's email shows it."""

    title: TranslatedValue
    text: TranslatedValue | None
    date: date | None
    url: str | None = None  # where to read it, when not the followed page

    @property
    def is_fallback(self):
        values = [self.title, self.text]
        return any(value is not None and value.is_fallback for value in values)


def register_followable_page_model(model):
    if model not in _page_models:
        _page_models.append(model)


def followable_models():
    return list(_page_models)


def is_followable(page):
    return type(page) in _page_models
