"""Shared helpers for the demo content loaders: TOML in four languages, pages
created or updated in place, generated pictures.

Each language's text lives in its own TOML file (en.toml, zh_hant.toml, ja.toml,
ko.toml) with the same keys; en.toml also holds the values that are the same in
every language (slugs, years, countries). Pages are found again by their parent
and English slug, so a second run updates in place instead of duplicating.

This module knows no page type: each app's loader (cccea_site.demo_content.site,
network.demo_content.loader, campaigns.demo_content.loader) builds its own pages
with it, and cccea_site.demo_content.loader runs them in order.
"""

import io
import tomllib
from dataclasses import dataclass, field

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils.html import format_html, format_html_join
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

from cccea_site.serving.tree import language_suffixes

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE
LOGO_COLOURS = ["#a3123a", "#0a4f8c", "#2f6b3a", "#5a2d82", "#8a4b08", "#1b1b1f"]


def load_content(directory):
    """{"en": {...}, "zh_hant": {...}, ...} read from a folder's TOML files."""
    return {
        suffix: tomllib.loads((directory / f"{suffix}.toml").read_text("utf-8"))
        for suffix in language_suffixes()
    }


def load_translations(directory):
    """A folder's TOML files as one Translations table."""
    return Translations(load_content(directory))


def paragraphs(texts):
    return format_html_join("", "<p>{}</p>", ((text,) for text in texts))


def bullet_list(items):
    return format_html(
        "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((i,) for i in items))
    )


class Translations:
    """One content item (a TOML table) read in every language at once."""

    def __init__(self, by_language):
        self.by_language = by_language  # {"en": table, "ja": table, ...}

    @property
    def en(self):
        return self.by_language[DEFAULT_LANGUAGE]

    def __getitem__(self, key):
        """The item's untranslated value, from en.toml."""
        return self.en[key]

    def get(self, key, default=None):
        return self.en.get(key, default)

    def child(self, key, index=None):
        tables = {
            lang: (t[key] if index is None else t[key][index])
            for lang, t in self.by_language.items()
        }
        return Translations(tables)

    def children(self, key):
        return [self.child(key, index) for index in range(len(self.en.get(key, [])))]

    def localized(self, model_field, key=None, convert=str):
        """{"field_en": ..., "field_ja": ...} (and the base field in English)."""
        key = key or model_field
        values = {}
        for lang, table in self.by_language.items():
            if key in table:
                values[f"{model_field}_{lang}"] = convert(table[key])
        values[model_field] = values[f"{model_field}_{DEFAULT_LANGUAGE}"]
        return values

    def rich_text(self, model_field, key=None, list_key=None):
        """Paragraphs (and an optional bullet list) as rich text in every language."""
        key = key or model_field
        values = {}
        for lang, table in self.by_language.items():
            html = paragraphs(table[key])
            if list_key:
                html += bullet_list(table[list_key])
            values[f"{model_field}_{lang}"] = str(html)
        values[model_field] = values[f"{model_field}_{DEFAULT_LANGUAGE}"]
        return values


@dataclass
class Report:
    """What a run did, page by page, for the command to print."""

    lines: list = field(default_factory=list)
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def add(self, outcome, page):
        setattr(self, outcome, getattr(self, outcome) + 1)
        self.lines.append(
            f"{outcome:9} {page.specific_class.__name__:24} {page.url_path_en}"
        )


def differs(page, values):
    return any(getattr(page, name) != value for name, value in values.items())


def inline_rows(page, relation, fields):
    return [
        tuple(getattr(item, name) for name in fields)
        for item in getattr(page, relation).all()
    ]


def upsert_page(report, parent, model, slug, values, inlines=None, relations=None):
    """Create `model` under `parent` with English slug `slug`, or update it.

    `values` maps model fields (localized ones included) to values; `inlines`
    maps a child relation to a list of dicts for its items; `relations` maps a
    many-to-many field to the objects it should hold. Publishes on change.
    """
    inlines = inlines or {}
    relations = relations or {}
    page = model.objects.child_of(parent).filter(slug_en=slug).first()
    if page is None:
        page = model(slug=slug, **values)
        for relation, rows in inlines.items():
            setattr(page, relation, [make_inline(page, relation, row) for row in rows])
        for relation, objects in relations.items():
            setattr(page, relation, objects)
        parent.add_child(instance=page)
        page.save_revision().publish()
        report.add("created", page)
        return page

    changed = differs(page, values)
    for relation, rows in inlines.items():
        fields = list(rows[0]) if rows else []
        wanted = [tuple(row[name] for name in fields) for row in rows]
        if inline_rows(page, relation, fields) != wanted:
            setattr(page, relation, [make_inline(page, relation, row) for row in rows])
            changed = True
    for relation, objects in relations.items():
        current = {item.pk for item in getattr(page, relation).all()}
        if current != {item.pk for item in objects}:
            setattr(page, relation, objects)
            changed = True
    if changed or not page.live:
        for name, value in values.items():
            setattr(page, name, value)
        page.save_revision().publish()
        report.add("updated", page)
    else:
        report.add("unchanged", page)
    return page


def make_inline(page, relation, row):
    model = getattr(type(page), relation).rel.related_model
    return model(**row)


def numbered(rows):
    """Give inline rows an explicit order; unset, the database picks one."""
    return [{**row, "sort_order": index} for index, row in enumerate(rows)]


def list_rows(item, key, field_name):
    """Inline rows from a list of texts, e.g. the mission's commitments."""
    rows = []
    for index in range(len(item.en[key])):
        row = {
            f"{field_name}_{lang}": table[key][index]
            for lang, table in item.by_language.items()
        }
        row[field_name] = row[f"{field_name}_{DEFAULT_LANGUAGE}"]
        rows.append(row)
    return numbered(rows)


def generated_logo(title, initials, colour):
    """A square PNG logo with initials, drawn by Pillow (nothing is downloaded)."""
    return generated_image(title, initials, colour, size=(320, 320), font_size=120)


def generated_image(title, text, colour, size, font_size):
    """A PNG of `text` on a plain colour, saved once as a Wagtail image."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    canvas = PillowImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(canvas)
    font = ImageFont.load_default(size=font_size)
    draw.text(
        (size[0] // 2, size[1] // 2), text, fill="#ffffff", font=font, anchor="mm"
    )
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    slug = "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")
    image = image_model(title=title, file=ImageFile(buffer, name=f"{slug}.png"))
    image.save()
    return image


def initials_of(name):
    words = [word for word in name.replace("'", "").split() if word[:1].isupper()]
    return "".join(word[0] for word in words[1:4]) or name[:2].upper()
