"""Page content as gettext PO files, for translators working in a PO editor.

Export: one file per language, one entry per translated field of each page
and of its inline items (demands, updates, commitments…) that has English.
`msgctxt` names the field by ids that survive edits, publishing and moves:

    page/<page id>/<field>                      a field of the page
    page/<page id>/<relation>/<item id>/<field> a field of an inline item

`msgid` is the English, `msgstr` the translation (empty when missing);
an outdated translation is flagged `fuzzy`, with the English it was made
from as the previous msgid (`#| msgid`), which PO editors show as a diff.
Rich text stays HTML, tags intact. Pages are read as their newest draft,
which is what an import writes on top of.

Import: the same file back, filled in. Everything is checked before
anything is written; one error and nothing is. Fuzzy entries, empty ones
and those whose English changed since the export are skipped and reported.
Each page with a changed translation gets one new draft revision (never
published: an editor reviews and publishes it); a translation imported as
it already was, and outdated, is confirmed as still valid. Importing the
same file again changes nothing.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

import polib
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import RichTextField
from wagtail.models import Page

from cccea_site.languages.fingerprints import (
    Fingerprints,
    english_value,
    normalised,
    translated_value,
)
from cccea_site.languages.services import mark_still_valid, with_inline_items
from cccea_site.languages.translated_fields import has_content, translated_field_names
from cccea_site.languages.translation_status import inline_relations, target_languages

CONTEXT = re.compile(
    r"^page/(?P<page>\d+)/(?:(?P<relation>[a-z][a-z0-9_]*)/(?P<item>\d+)/)?"
    r"(?P<field>[a-z][a-z0-9_]*)$"
)


class InvalidPOFile(Exception):
    """The file is refused as a whole; `errors` lists why, one line each."""

    def __init__(self, errors):
        self.errors = errors if isinstance(errors, list) else [errors]
        super().__init__("; ".join(self.errors))


# Which pages --------------------------------------------------------------


def translated_pages(queryset):
    """The pages of `queryset` that have translated fields, in tree order."""
    from cccea_site.pages.base import TranslatedPage

    return [
        page
        for page in queryset.order_by("path").specific()
        if isinstance(page, TranslatedPage)
    ]


def pages_for(page_id=None, tree=False):
    """One page, a page and its subpages, or (no id) every page."""
    if page_id is None:
        return translated_pages(Page.objects.all())
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return []
    if tree:
        return translated_pages(Page.objects.descendant_of(page, inclusive=True))
    return translated_pages(Page.objects.filter(pk=page.pk))


# One entry per field --------------------------------------------------------


@dataclass
class PageField:
    """One translated field of a page draft or of one of its inline items."""

    page: object
    obj: object
    name: str
    relation: str = ""

    @property
    def context(self):
        if self.relation:
            return f"page/{self.page.pk}/{self.relation}/{self.obj.pk}/{self.name}"
        return f"page/{self.page.pk}/{self.name}"

    @property
    def label(self):
        """How the edit form names it, e.g. "Demands 2: demand"."""
        verbose = self.obj._meta.get_field(self.name).verbose_name
        if not self.relation:
            return str(capfirst(verbose))
        items = list(getattr(self.page, self.relation).all())
        number = next(
            (n for n, item in enumerate(items, 1) if item.pk == self.obj.pk), 0
        )
        heading = capfirst(self.obj._meta.verbose_name_plural)
        return f"{heading} {number}: {verbose}"

    @property
    def english(self):
        return english_value(self.obj, self.name) or ""

    def translation(self, language):
        value = translated_value(self.obj, self.name, language)
        return value if has_content(value) else ""

    @property
    def is_rich_text(self):
        return isinstance(self.obj._meta.get_field(self.name), RichTextField)

    def write(self, language, value):
        setattr(self.obj, build_localized_fieldname(self.name, language), value)


def page_fields(draft):
    """Every translated field of a page draft and its items that has English."""
    found = [
        PageField(draft, draft, name) for name in translated_field_names(type(draft))
    ]
    for relation, model in inline_relations(type(draft)):
        for item in getattr(draft, relation).all():
            found.extend(
                PageField(draft, item, name, relation)
                for name in translated_field_names(model)
            )
    return [entry for entry in found if has_content(entry.english)]


def drafts_of(pages):
    """The newest version of each page, its inline items held in memory
    with it (so a change to one is saved with the page's next revision)."""
    return [draft_of(page) for page in pages]


def draft_of(page):
    if page.has_unpublished_changes and page.latest_revision_id:
        return page.latest_revision.as_object()
    # The live page is the newest version (Wagtail's own reading too); a
    # copy through its serialised form holds its items in memory.
    return page.with_content_json(page.serializable_data())


def fingerprints_of(drafts):
    return Fingerprints([obj for draft in drafts for obj in with_inline_items(draft)])


# Export ---------------------------------------------------------------------


def po_language(language):
    """`zh-hant` as PO files and their editors name it: `zh_Hant`."""
    if "-" not in language:
        return language
    base, script = language.split("-", 1)
    return f"{base}_{script.title()}"


def new_po_file(language):
    po = polib.POFile(wrapwidth=78)
    po.metadata = {
        "Project-Id-Version": "CCCEA site content",
        "Language": po_language(language),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "POT-Creation-Date": timezone.now().strftime("%Y-%m-%d %H:%M%z"),
        "X-Generator": "cccea_site translation_po",
    }
    return po


def export_po(pages, language, needs_work=False):
    """A POFile of `pages` in `language`; with `needs_work`, only the
    fields missing or outdated in it."""
    po = new_po_file(language)
    drafts = drafts_of(pages)
    fingerprints = fingerprints_of(drafts)
    for draft in drafts:
        where = draft.url_path_en or draft.title_en
        for entry in page_fields(draft):
            translation = entry.translation(language)
            outdated = fingerprints.is_outdated(entry.obj, entry.name, language)
            if needs_work and translation and not outdated:
                continue
            po_entry = polib.POEntry(
                msgctxt=entry.context,
                msgid=entry.english,
                msgstr=translation,
                comment=f"{draft.title_en} ({where}): {entry.label}",
            )
            if outdated:
                po_entry.flags.append("fuzzy")
                po_entry.previous_msgid = fingerprints.old_english(
                    entry.obj, entry.name, language
                )
            po.append(po_entry)
    return po


# Import ---------------------------------------------------------------------


def read_po(content):
    """A POFile from the text (or bytes) of a file, or InvalidPOFile."""
    if isinstance(content, bytes):
        try:
            content = content.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InvalidPOFile(
                _("Not a valid PO file: it is not UTF-8 text.")
            ) from error
    if not content.strip():
        raise InvalidPOFile(_("Not a valid PO file: it is empty."))
    try:
        # A leading newline makes polib read it as content, never as a path.
        return polib.pofile("\n" + content, wrapwidth=78)
    except (OSError, ValueError) as error:
        raise InvalidPOFile(
            _("Not a valid PO file: %(error)s.") % {"error": error}
        ) from error


def language_of(po, language=None):
    """The site's code for the file's Language header (or the one given)."""
    header = (po.metadata.get("Language") or "").strip()
    named = header.replace("_", "-").lower()
    if language and named and named != language:
        raise InvalidPOFile(
            _("The file is in %(header)s, not %(language)s.")
            % {"header": header, "language": po_language(language)}
        )
    found = language or named
    if found not in target_languages():
        raise InvalidPOFile(
            _("The file's Language header (%(header)s) is not one of %(languages)s.")
            % {
                "header": header or "-",
                "languages": ", ".join(
                    po_language(code) for code in target_languages()
                ),
            }
        )
    return found


class TagReader(HTMLParser):
    """The tags of an HTML fragment, and whether they nest properly."""

    VOID = {"br", "hr", "img", "embed", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = Counter()
        self.open = []
        self.broken = False

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags[tag] += 1

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.open or self.open[-1] != tag:
            self.broken = True
        else:
            self.open.pop()

    def handle_data(self, data):
        # Rich text escapes a "<" of its text; a bare one is a broken tag.
        if "<" in data:
            self.broken = True


def tags_of(html):
    reader = TagReader()
    reader.feed(html)
    reader.close()
    return reader.tags, reader.broken or bool(reader.open)


def rich_text_problem(english, translation):
    """Why a translated rich text does not fit its English's tags, or None."""
    english_tags, _broken = tags_of(english)
    tags, broken = tags_of(translation)
    if broken:
        return _("its HTML tags are broken (not closed, or closed out of order)")
    if tags != english_tags:
        return _("its HTML tags differ from the English (%(found)s vs %(english)s)") % {
            "found": describe_tags(tags),
            "english": describe_tags(english_tags),
        }
    return None


def describe_tags(tags):
    return " ".join(f"{tag}×{count}" for tag, count in sorted(tags.items())) or "-"


@dataclass
class PageImport:
    """What an import does to one page."""

    page: object
    writes: list = field(default_factory=list)  # (PageField, value)
    skipped: Counter = field(default_factory=Counter)  # reason -> count
    updated: int = 0
    confirmed: int = 0
    revision: object = None

    def summary(self):
        parts = []
        if self.updated:
            parts.append(
                _("%(count)s updated (new draft, not published)")
                % {"count": self.updated}
            )
        if self.confirmed:
            parts.append(
                _("%(count)s confirmed still valid") % {"count": self.confirmed}
            )
        if not parts:
            parts.append(pgettext("PO import", "unchanged"))
        parts.extend(
            _("%(count)s skipped: %(reason)s") % {"count": count, "reason": reason}
            for reason, count in self.skipped.items()
        )
        return _("page %(id)s “%(title)s”: %(changes)s.") % {
            "id": self.page.pk,
            "title": self.page.title_en,
            "changes": ", ".join(parts),
        }


def planned_imports(po, language, user=None):
    """{page id: PageImport} for the file's entries, or InvalidPOFile with
    every problem found. With `user`, only pages they may edit."""
    errors = []
    entries = [entry for entry in po if not entry.obsolete]
    parsed = []
    seen = set()
    for entry in entries:
        match = CONTEXT.match(entry.msgctxt or "")
        if entry.msgctxt in seen:
            errors.append(
                _("line %(line)s: %(context)s appears twice")
                % {"line": entry.linenum, "context": entry.msgctxt}
            )
            continue
        seen.add(entry.msgctxt)
        if match is None:
            errors.append(
                _(
                    "line %(line)s: unknown msgctxt %(context)s (expected "
                    "page/<id>/<field> or page/<id>/<items>/<id>/<field>)"
                )
                % {"line": entry.linenum, "context": repr(entry.msgctxt)}
            )
            continue
        parsed.append((entry, match))
    page_ids = {int(match["page"]) for _entry, match in parsed}
    pages = {
        page.pk: page for page in translated_pages(Page.objects.filter(pk__in=page_ids))
    }
    drafts = {draft.pk: draft for draft in drafts_of(pages.values())}
    plans = {}
    for entry, match in parsed:
        page_id = int(match["page"])
        draft = drafts.get(page_id)
        if draft is None:
            errors.append(
                _("line %(line)s: page %(page)s does not exist (deleted?)")
                % {"line": entry.linenum, "page": page_id}
            )
            continue
        if user is not None and not draft.permissions_for_user(user).can_edit():
            errors.append(
                _("line %(line)s: page %(page)s: you may not edit it")
                % {"line": entry.linenum, "page": page_id}
            )
            continue
        target, problem = find_field(draft, match)
        if problem:
            errors.append(
                _("line %(line)s: page %(page)s: %(problem)s")
                % {"line": entry.linenum, "page": page_id, "problem": problem}
            )
            continue
        plan = plans.setdefault(page_id, PageImport(pages[page_id]))
        reason = skip_reason(entry, target)
        if reason:
            plan.skipped[reason] += 1
            continue
        if target.is_rich_text:
            problem = rich_text_problem(target.english, entry.msgstr)
            if problem:
                errors.append(
                    _("line %(line)s: page %(page)s, %(field)s: %(problem)s")
                    % {
                        "line": entry.linenum,
                        "page": page_id,
                        "field": target.label,
                        "problem": problem,
                    }
                )
                continue
        plan.writes.append((target, entry.msgstr))
    if errors:
        raise InvalidPOFile(errors)
    return plans


def find_field(draft, match):
    """(PageField, None) for a msgctxt's field, or (None, why not)."""
    name, relation = match["field"], match["relation"]
    if not relation:
        if name not in translated_field_names(type(draft)):
            return None, _("no translated field %(field)s") % {"field": repr(name)}
        return PageField(draft, draft, name), None
    relations = dict(inline_relations(type(draft)))
    if relation not in relations:
        return None, _("no translated items %(items)s") % {"items": repr(relation)}
    items = {item.pk: item for item in getattr(draft, relation).all()}
    item = items.get(int(match["item"]))
    if item is None:
        return None, _("%(items)s item %(item)s does not exist (deleted?)") % {
            "items": relation,
            "item": match["item"],
        }
    if name not in translated_field_names(relations[relation]):
        return None, _("%(items)s have no translated field %(field)s") % {
            "items": relation,
            "field": repr(name),
        }
    return PageField(draft, item, name, relation), None


def skip_reason(entry, target):
    if "fuzzy" in entry.flags:
        return pgettext("PO entry", "fuzzy")
    if not entry.msgstr.strip():
        return _("not translated")
    if normalised(entry.msgid) != normalised(target.english):
        return _("the English changed since the export")
    return None


def import_po(content, language=None, user=None):
    """Import a PO file's translations as new drafts: [PageImport], or
    InvalidPOFile (then nothing was written)."""
    po = read_po(content)
    language = language_of(po, language)
    plans = planned_imports(po, language, user)
    with transaction.atomic():
        for plan in plans.values():
            apply(plan, language, user)
    return list(plans.values())


def apply(plan, language, user):
    """Write one page's translations: a new draft revision when any changed."""
    if not plan.writes:
        return
    draft = plan.writes[0][0].page
    for target, value in plan.writes:
        if target.translation(language) != value:
            target.write(language, value)
            plan.updated += 1
    if plan.updated:
        try:
            plan.revision = draft.save_revision(user=user, log_action=True)
        except ValidationError as error:
            raise InvalidPOFile(
                _("page %(page)s: the draft does not validate: %(errors)s")
                % {"page": draft.pk, "errors": "; ".join(error.messages)}
            ) from error
    # Translations imported as they were, made from older English: the
    # translator confirmed them. (Changed ones were recorded by the save.)
    fingerprints = Fingerprints([target.obj for target, _value in plan.writes])
    for target, _value in plan.writes:
        if fingerprints.is_outdated(target.obj, target.name, language):
            mark_still_valid(target.obj, target.name, language)
            plan.confirmed += 1
