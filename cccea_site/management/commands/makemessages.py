"""`makemessages` with this project's defaults: all catalogs, no locations.

Plain `python manage.py makemessages` updates locale/zh_Hant, locale/ja and
locale/ko from the code and templates, without file locations (smaller diffs)
and without the tests, the virtualenv or collected files. Any option given on
the command line still applies.
"""

from django.conf import settings
from django.core.management.commands.makemessages import Command as MakeMessages
from django.utils.translation import to_locale

SKIPPED_FOLDERS = ["tests/*", "staticfiles/*", "media/*", "benchmarks/*"]


def catalog_locales():
    """Every language but the source one, as gettext locale names (zh_Hant)."""
    return [
        to_locale(code)
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]


class Command(MakeMessages):
    def handle(self, *args, **options):
        if not options["locale"] and not options["all"]:
            options["locale"] = catalog_locales()
        options["no_location"] = True
        options["ignore_patterns"] = [*options["ignore_patterns"], *SKIPPED_FOLDERS]
        return super().handle(*args, **options)
