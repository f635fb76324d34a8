"""Build the site's page tree from the demo content files, idempotently.

Each language's text lives in its own TOML file (en.toml, zh_hant.toml, ja.toml,
ko.toml) with the same keys; en.toml also holds the values that are the same in
every language (slugs, years, countries). Pages are found again by their parent
and English slug, so a second run updates in place instead of duplicating.
"""

import io
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import translation
from django.utils.html import format_html, format_html_join
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from cccea_site.models import HomePage, SiteSettings, StandardPage
from cccea_site.tree import fix_root_translations, language_suffixes
from network.models import (
    AboutPage,
    GlobalNetworkPage,
    MemberOrganisationPage,
    MissionPage,
    RegionalCoalitionPage,
    VisionPage,
)

CONTENT_DIR = Path(__file__).resolve().parent
DEFAULT_LANGUAGE = settings.LANGUAGE_CODE
LOGO_COLOURS = ["#a3123a", "#0a4f8c", "#2f6b3a", "#5a2d82", "#8a4b08", "#1b1b1f"]


def load_content(directory=CONTENT_DIR):
    """{"en": {...}, "zh_hant": {...}, ...} read from a folder's TOML files."""
    return {
        suffix: tomllib.loads((directory / f"{suffix}.toml").read_text("utf-8"))
        for suffix in language_suffixes()
    }


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


def key_figure_rows(home):
    rows = []
    for figure in home.children("key_figures"):
        row = {"number": figure["number"]}
        row.update(figure.localized("label"))
        rows.append(row)
    return numbered(rows)


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


def build_members(report, coalition_page, coalition, colour_offset):
    for index, member in enumerate(coalition.children("members")):
        title = member.en["title"]
        logo = generated_logo(
            f"Demo logo: {title}",
            initials_of(title.split(" (")[0]),
            LOGO_COLOURS[(colour_offset + index) % len(LOGO_COLOURS)],
        )
        values = {
            **member.localized("title"),
            **member.rich_text("description"),
            "country": member["country"],
            "kind": member["kind"],
            "logo": logo,
        }
        upsert_page(
            report, coalition_page, MemberOrganisationPage, member["slug"], values
        )


def build_network(report, home_page, content):
    network = content.child("global_network")
    network_page = upsert_page(
        report,
        home_page,
        GlobalNetworkPage,
        network["slug"],
        {
            **network.localized("title"),
            **network.rich_text("how_organised"),
            **network.rich_text("other_regions"),
            "show_in_menus": True,
        },
    )
    for index, coalition in enumerate(content.children("coalitions")):
        coalition_page = upsert_page(
            report,
            network_page,
            RegionalCoalitionPage,
            coalition["slug"],
            {
                **coalition.localized("title"),
                **coalition.localized("region"),
                **coalition.rich_text("description"),
                "founding_year": coalition.get("founding_year"),
            },
        )
        build_members(report, coalition_page, coalition, index)


def build_about(report, home_page, content):
    about = content.child("about")
    about_page = upsert_page(
        report,
        home_page,
        AboutPage,
        about["slug"],
        {
            **about.localized("title"),
            **about.rich_text("who_we_are"),
            **about.rich_text("how_we_work"),
            **about.rich_text("focus_issues", list_key="focus_issue_list"),
            "show_in_menus": True,
        },
    )
    vision = content.child("vision")
    upsert_page(
        report,
        about_page,
        VisionPage,
        vision["slug"],
        {
            **vision.localized("title"),
            **vision.rich_text("statement"),
            "show_in_menus": True,
        },
    )
    mission = content.child("mission")
    upsert_page(
        report,
        about_page,
        MissionPage,
        mission["slug"],
        {
            **mission.localized("title"),
            **mission.rich_text("statement"),
            "show_in_menus": True,
        },
        inlines={"commitments": list_rows(mission, "commitments", "text")},
    )


def build_standard_pages(report, home_page, content):
    for standard in content.children("standard_pages"):
        upsert_page(
            report,
            home_page,
            StandardPage,
            standard["slug"],
            {
                **standard.localized("title"),
                **standard.localized("intro"),
                **standard.rich_text("body"),
            },
        )


def build_home(report, content):
    """The home page under the tree root, made the default site's root."""
    home = content.child("home")
    root = Page.get_first_root_node()
    home_page = HomePage.objects.child_of(root).first()
    if home_page is None:
        # Wagtail's migrations leave a "Welcome" placeholder as the site root;
        # it holds nothing, so the coalition's home page replaces it.
        for placeholder in root.get_children().filter(content_type__model="page"):
            if placeholder.is_leaf():
                placeholder.delete()
    values = {
        **home.localized("title"),
        **home.localized("hero_heading"),
        **home.localized("hero_text"),
        **home.rich_text("intro"),
    }
    home_page = upsert_page(
        report,
        root,
        HomePage,
        "home",
        values,
        inlines={"key_figures": key_figure_rows(home)},
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "root_page": home_page,
            "hostname": "localhost",
            "port": 80,
            "site_name": home.en["title"],
        },
    )
    return Site.objects.get(is_default_site=True), home_page


def build_site_settings(site, content):
    site_settings = SiteSettings.for_site(site)
    texts = content.child("site_settings")
    for name, value in {
        **texts.localized("footer_text"),
        **texts.localized("contact_address"),
    }.items():
        setattr(site_settings, name, value)
    site_settings.save()


@transaction.atomic
def load_demo_content():
    """Build or update the whole demo tree; returns a Report."""
    content = Translations(load_content())
    report = Report()
    with translation.override(DEFAULT_LANGUAGE):
        fix_root_translations()
        site, home_page = build_home(report, content)
        build_about(report, home_page, content)
        build_network(report, home_page, content)
        build_standard_pages(report, home_page, content)
        build_site_settings(site, content)
        # Imported here: campaigns builds on these helpers, not the reverse.
        from campaigns.demo_content.loader import build_campaigns

        build_campaigns(report, home_page)
    return report
