"""Print what is left to translate: `manage.py translation_status [--language ja]`."""

import csv

from django.core.management.base import BaseCommand
from django.utils import translation

from cccea_site.languages.translation_status import (
    item_type_choices,
    target_languages,
    translation_statuses,
)

COLUMNS = ["item", "type", "language", "filled", "total", "missing"]


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
        parser.add_argument("--format", choices=["table", "csv"], default="table")

    def handle(self, *args, **options):
        languages = [options["language"]] if options["language"] else None
        with translation.override("en"):
            statuses = translation_statuses(languages, options["type"])
            rows = [
                [
                    status.reference,
                    status.type_label,
                    language,
                    status.filled(language),
                    status.total,
                    "; ".join(missing),
                ]
                for status in statuses
                for language, missing in status.missing.items()
            ]
        if options["format"] == "csv":
            writer = csv.writer(self.stdout)
            writer.writerow(COLUMNS)
            writer.writerows(rows)
            return
        self.write_table(rows)
        missing = sum(len(row[5].split("; ")) for row in rows if row[5])
        self.stdout.write(f"\n{len(statuses)} items, {missing} fields to translate.")

    def write_table(self, rows):
        widths = [
            max(len(str(row[index])) for row in [COLUMNS, *rows]) for index in range(5)
        ]
        for row in [COLUMNS, *rows]:
            cells = [
                str(cell).ljust(width)
                for cell, width in zip(row[:5], widths, strict=True)
            ]
            self.stdout.write("  ".join([*cells, str(row[5])]).rstrip())
