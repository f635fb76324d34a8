"""Build the demo page tree in four languages: `python manage.py load_demo_content`."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from cccea_site.demo_content.loader import load_demo_content


class Command(BaseCommand):
    help = (
        "Create or update the demo site: home, about, vision, mission, global "
        "network, the four regional coalitions with fictional member "
        "organisations, and standard pages, in every language. Safe to run again."
    )

    def handle(self, *args, **options):
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
