"""Each language's slug must differ from the slugs of the page's siblings.

wagtail-modeltranslation checks this in every translated page's clean(),
which runs on every save, by loading every sibling page as a full object:
under a campaign list of 10,000 cases, saving one case (in the admin, or a
scheduled publication) built 10,000 pages and took seconds. This check asks
the database instead, in one query that returns only the siblings sharing
one of the page's slugs, and gives the same answer: in each language the
slug a visitor would see (its own, or the English one it falls back to)
must not be a sibling's slug as seen in that language.
"""

import inspect

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

SLUG_IN_USE = _("Another page in the same place already uses this slug.")


def slug_fields():
    """{language: its slug column}, English first."""
    return {
        code: build_localized_fieldname("slug", code)
        for code, _name in settings.LANGUAGES
    }


def visible_slugs(values):
    """{language: the slug shown in it} from {language: stored slug}: an empty
    translation falls back to the English slug."""
    english = values[settings.LANGUAGE_CODE]
    return {language: slug or english for language, slug in values.items()}


def languages_with_a_taken_slug(page):
    """The languages in which a sibling already shows `page`'s slug."""
    parent = page.get_parent()
    if parent is None:
        return []  # the root page's slug can be anything
    fields = slug_fields()
    mine = visible_slugs({lang: getattr(page, field) for lang, field in fields.items()})
    wanted = {slug for slug in mine.values() if slug}
    if not wanted:
        return []
    siblings = (
        parent.get_children().exclude(pk=page.pk) if page.pk else parent.get_children()
    )
    same = Q()
    for field in fields.values():
        same |= Q(**{f"{field}__in": wanted})
    taken = []
    for row in siblings.filter(same).values(*fields.values()):
        theirs = visible_slugs({lang: row[field] for lang, field in fields.items()})
        taken += [lang for lang in fields if theirs[lang] == mine[lang]]
    return sorted(set(taken), key=list(fields).index)


def check_sibling_slugs(page):
    taken = languages_with_a_taken_slug(page)
    if taken:
        fields = slug_fields()
        raise ValidationError({fields[lang]: SLUG_IN_USE for lang in taken})


def replace_slug_validation(models):
    """Swap wagtail-modeltranslation's clean() wrapper on each page model for
    one that runs check_sibling_slugs, then the model's own clean()."""
    for model in models:
        patched = vars(model).get("clean")
        if not getattr(patched, "__module__", "").startswith(
            "wagtail_modeltranslation"
        ):
            continue
        original = inspect.getclosurevars(patched).nonlocals["old_clean"]
        model.clean = make_clean(original)


def make_clean(original):
    def clean(self):
        check_sibling_slugs(self)
        original(self)

    return clean
