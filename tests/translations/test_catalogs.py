"""Translators' catalogs are complete and match the code.

A catalog that misses a string the code uses, or holds an untranslated or
fuzzy entry, shows visitors English in the middle of their language.
"""

import gettext
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from cccea_site.management.commands.makemessages import catalog_locales

REPO = Path(__file__).resolve().parents[2]
COPIED = [
    "manage.py",
    *("cccea_site", "network", "actions", "campaigns", "news"),
    *("templates", "locale"),
]


def catalog_path(root, locale):
    return root / "locale" / locale / "LC_MESSAGES" / "django.po"


def read_catalog(path):
    with path.open("rb") as po_file:
        return read_po(po_file)


def message_ids(catalog):
    return {message.id for message in catalog if message.id}


@pytest.fixture(scope="module")
def fresh_catalogs(tmp_path_factory):
    """makemessages run on a copy of the code, leaving the real catalogs alone."""
    copy = tmp_path_factory.mktemp("catalogs")
    for name in COPIED:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(
                source, copy / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy(source, copy / name)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cccea_site.settings.base"}
    env.pop("DATABASE_URL", None)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-v", "0"],
        cwd=copy,
        env=env,
        check=True,
        timeout=120,
    )
    return copy


@pytest.mark.parametrize("locale", catalog_locales())
def test_catalog_holds_exactly_the_strings_of_the_code(fresh_catalogs, locale):
    committed = message_ids(read_catalog(catalog_path(REPO, locale)))
    fresh = message_ids(read_catalog(catalog_path(fresh_catalogs, locale)))

    assert not fresh - committed, (
        "run `make makemessages` and translate the new strings"
    )
    assert not committed - fresh, (
        "run `make makemessages` to drop strings no longer used"
    )


@pytest.mark.parametrize("locale", catalog_locales())
def test_every_entry_is_translated_and_none_fuzzy(locale):
    catalog = read_catalog(catalog_path(REPO, locale))
    untranslated = []
    fuzzy = []
    for message in catalog:
        if not message.id:
            continue
        strings = (
            message.string if isinstance(message.string, tuple) else (message.string,)
        )
        if not all(strings):
            untranslated.append(message.id)
        if message.fuzzy:
            fuzzy.append(message.id)
    assert not untranslated, f"untranslated in {locale}: {untranslated}"
    assert not fuzzy, f"fuzzy in {locale}: {fuzzy}"


def wagtail_catalog(locale_name):
    """Every msgid Wagtail's own catalogs translate for `locale_name`."""
    import wagtail

    translations = {}
    for mo in Path(wagtail.__file__).parent.glob(
        f"**/locale/{locale_name}/LC_MESSAGES/django.mo"
    ):
        with mo.open("rb") as file:
            for msgid, text in gettext.GNUTranslations(file)._catalog.items():
                if isinstance(msgid, str) and msgid:
                    translations.setdefault(msgid, text)
    return translations


@pytest.mark.parametrize("locale_name", ["zh_Hant", "ja", "ko"])
def test_the_sites_strings_never_retranslate_the_admins(locale_name):
    """The site's catalog comes first (LOCALE_PATHS), for Wagtail's admin too.

    A plain "Pages" translated as page-number links renamed the admin's
    Pages menu. Words that mean something else in the admin carry a
    context (pgettext) or the admin's own translation.
    """
    ours = REPO / "locale" / locale_name / "LC_MESSAGES" / "django.mo"
    with ours.open("rb") as file:
        site = gettext.GNUTranslations(file)._catalog
    admin = wagtail_catalog(locale_name)
    clashes = {
        msgid: (text, admin[msgid])
        for msgid, text in site.items()
        if isinstance(msgid, str) and msgid in admin and admin[msgid] != text
    }
    assert clashes == {}
