"""A multiple select that editors search by typing, in any of the languages.

A plain <select multiple> of a few hundred countries or a thousand member
organisations asks editors to scroll and to hold Ctrl to pick more; typing
does not find 日本 or ユニクロ in it. SearchableSelectMultiple keeps that
select as the form control (it is what the form posts, and what works
without JavaScript) and, with the script in
static/cccea_site/searchable-select.js, hides it behind a search box with
a list of matches and the chosen entries as removable buttons: all of it
usable with the keyboard and named for screen readers.

Each option carries, besides its label in the admin language, its other
names (every language, aliases, codes) in a data attribute, so a search in
English finds a name shown in Japanese and the other way round.

A disabled field (the translator's form, cccea_site.pages.forms) renders as
a plain list of the chosen names: nothing to search, nothing to post.
"""

import copy
import unicodedata
from functools import cache

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django_countries import countries
from wagtail.admin.telepath import register
from wagtail.admin.telepath.widgets import SelectAdapter

# What the script puts in place of a chosen entry's name in the messages.
NAME_PLACEHOLDER = "{name}"


class SearchableSelectMultiple(forms.SelectMultiple):
    """A <select multiple> that the admin's script turns into a search box.

    `search_text(value)` returns the other names of an option (a model
    instance for a model field, the value itself otherwise); they are
    matched by the search box but not shown.
    """

    template_name = "cccea_site/widgets/searchable_select_multiple.html"

    class Media:
        css = {"all": ["cccea_site/searchable-select.css"]}
        js = ["cccea_site/searchable-select.js"]

    def __init__(self, attrs=None, choices=(), *, search_text=None):
        super().__init__(attrs, choices)
        self.search_text = search_text

    def optgroups(self, name, value, attrs=None):
        """Options in the order of their labels in the admin language."""
        groups = super().optgroups(name, value, attrs)
        return sorted(groups, key=lambda group: sort_key(group[1][0]["label"]))

    def create_option(self, name, value, label, selected, index, **kwargs):
        option = super().create_option(name, value, label, selected, index, **kwargs)
        other_names = self.other_names(value, str(label))
        if other_names:
            option["attrs"]["data-search"] = "\n".join(other_names)
        return option

    def other_names(self, value, label):
        if self.search_text is None:
            return []
        names = self.search_text(getattr(value, "instance", value))
        return list(dict.fromkeys(name for name in names if name and name != label))

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget = context["widget"]
        select_id = widget["attrs"].get("id") or f"id_{name}"
        chosen = [
            option["label"]
            for _group, options, _index in widget["optgroups"]
            for option in options
            if option["selected"]
        ]
        # The search box is described by the hint, then by the field's help.
        described_by = [f"{select_id}-hint", widget["attrs"].get("aria-describedby")]
        widget["chooser"] = {
            "read_only": bool(widget["attrs"].get("disabled")),
            "invalid": widget["attrs"].get("aria-invalid") == "true",
            "id": select_id,
            "chosen": chosen,
            "described_by": " ".join(filter(None, described_by)),
            "texts": chooser_texts(),
            "messages": chooser_messages(),
        }
        return context


class SearchableSelectMultipleAdapter(SelectAdapter):
    """The copy of the widget Wagtail packs into the edit page's script data
    (a template for rendering the field in the browser), without the other
    names: with 1,000 organisations they would add some 200 KB of escaped
    JSON to every edit page, for a copy the page's own fields never use."""

    def js_args(self, widget):
        labels_only = copy.copy(widget)
        labels_only.search_text = None
        return super().js_args(labels_only)


register(SearchableSelectMultipleAdapter(), SearchableSelectMultiple)


def sort_key(label):
    """Åland between Afghanistan and Albania, as a reader expects."""
    decomposed = unicodedata.normalize("NFKD", str(label))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def chooser_messages():
    """The script's messages in the admin language; {name} is filled in."""
    name = {"name": NAME_PLACEHOLDER}
    return {
        "remove": _("Remove %(name)s") % name,
        "added": _("%(name)s added.") % name,
        "removed": _("%(name)s removed.") % name,
        "no-matches": _("No matches."),
    }


def chooser_texts():
    """The widget's own labels, in the admin language."""
    return {
        "chosen": pgettext("chooser", "Chosen:"),
        "none": _("None chosen."),
        "hint": _(
            "Type part of a name, in any language. The up and down arrows move "
            "through the matches; Enter adds or removes the highlighted one."
        ),
    }


def country_names(code):
    """A country's name in every language of the site, and its code."""
    return [code, *country_names_by_language().get(code, [])]


@cache
def country_names_by_language():
    """{code: [name in each language]}, worked out once per process."""
    names = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for country in countries:
                names.setdefault(country.code, []).append(str(country.name))
    return names
