"""Print what is left to translate: `manage.py translation_status [--language ja]`.

Per item and language: fields filled, in total and up to date, then the
labels of those missing and of those outdated (their English changed since
they were translated). `--needs-work` lists only items with either.
"""

import csv

from django.core.management.base import BaseCommand
from django.utils import translation

from cccea_site.languages.translation_status import (
    item_type_choices,
    target_languages,
    translation_statuses,
)

COLUMNS = [
    "item",
    "type",
    "language",
    "filled",
    "total",
    "up_to_date",
    "missing",
    "outdated",
]
# Columns of numbers and names, padded in the table; the lists follow.
TABLE_COLUMNS = 6


class Command(BaseCommand):
    help = (
        "List every page, brand and settings object with, per language, how "
        "many of its translatable fields are filled and which are missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--language", choices=target_languages(), help="Only this language."
        )
        parser.add_argument(
            "--type",
            "--page-type",
            dest="type",
            choices=[name for name, _label in item_type_choices()],
            help="Only this type (model name, e.g. campaignpage or brand).",
        )
        parser.add_argument(
            "--needs-work",
            action="store_true",
            help="Only items with fields missing or outdated (in --language).",
        )
        parser.add_argument("--format", choices=["table", "csv"], default="table")

    def handle(self, *args, **options):
        languages = [options["language"]] if options["language"] else None
        with translation.override("en"):
            statuses = translation_statuses(
                languages, options["type"], options["needs_work"]
            )
            rows = [
                [
                    status.reference,
                    status.type_label,
                    language.language,
                    language.filled,
                    status.total,
                    language.up_to_date,
                    "; ".join(language.missing),
                    "; ".join(language.outdated),
                ]
                for status in statuses
                for language in status.per_language()
            ]
        if options["format"] == "csv":
            writer = csv.writer(self.stdout)
            writer.writerow(COLUMNS)
            writer.writerows(rows)
            return
        self.write_table(rows)
        missing = sum(len(row[6].split("; ")) for row in rows if row[6])
        outdated = sum(len(row[7].split("; ")) for row in rows if row[7])
        self.stdout.write(
            f"\n{len(statuses)} items, {missing} fields to translate, "
            f"{outdated} outdated."
        )

    def write_table(self, rows):
        widths = [
            max(len(str(row[index])) for row in [COLUMNS, *rows])
            for index in range(TABLE_COLUMNS)
        ]
        for row in [COLUMNS, *rows]:
            cells = [
                str(cell).ljust(width)
                for cell, width in zip(row[:TABLE_COLUMNS], widths, strict=True)
            ]
            lists = [str(cell) or "-" for cell in row[TABLE_COLUMNS:]]
            self.stdout.write("  ".join([*cells, *lists]).rstrip())
