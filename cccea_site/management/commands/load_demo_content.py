"""Build the demo page tree in four languages: `python manage.py load_demo_content`."""

import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from cccea_site.demo_content import scale
from cccea_site.demo_content.loader import load_demo_content

BAR_WIDTH = 30


class Command(BaseCommand):
    help = (
        "Create or update the demo site: home, about, vision, mission, global "
        "network, the four regional coalitions with fictional member "
        "organisations, campaigns, news, publications and standard pages, in "
        "every language. Safe to run again. --campaigns, --organisations and "
        "--news add that many more "
        "fictional items, for measuring the site at volume."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--campaigns",
            type=int,
            default=0,
            help="Fictional campaigns to add (scale data).",
        )
        parser.add_argument(
            "--news",
            type=int,
            default=0,
            help="Fictional news items to add (scale data).",
        )
        parser.add_argument(
            "--organisations",
            type=int,
            default=0,
            help="Fictional member organisations to add (scale data).",
        )

    def handle(self, *args, **options):
        if min(options["campaigns"], options["organisations"], options["news"]) < 0:
            raise CommandError(
                "--campaigns, --organisations and --news take a number of 0 or more."
            )
        try:
            report = load_demo_content()
        except ValidationError as error:
            raise CommandError(f"Demo content could not be saved: {error}") from error
        for line in report.lines:
            self.stdout.write(line)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content: {report.created} created, {report.updated} updated, "
                f"{report.unchanged} unchanged."
            )
        )
        campaigns = scale.add_campaigns(options["campaigns"], self.progress)
        organisations = scale.add_organisations(options["organisations"], self.progress)
        if options["campaigns"] or options["organisations"]:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Scale data: {campaigns} campaigns and {organisations} "
                    "member organisations added."
                )
            )
        if options["news"]:
            news = scale.add_news(options["news"], self.progress)
            self.stdout.write(
                self.style.SUCCESS(f"Scale data: {news} news items added.")
            )

    def progress(self, what, done, total):
        """A one-line progress bar, redrawn in place on a terminal."""
        filled = BAR_WIDTH * done // max(total, 1)
        line = f"{what:14} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}"
        if sys.stdout.isatty():
            self.stdout.write(f"\r{line}", ending="\n" if done == total else "")
        elif done == total:
            self.stdout.write(line)
