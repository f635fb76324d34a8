"""Apply migrations and fill the page tree's language columns, in one step.

`migrate` alone leaves the pages that Wagtail's own migrations create (the tree
root, the welcome page) with empty language columns (STACK.md gotcha 3), and
asks a question without a terminal (gotcha 1). Deployments run this instead.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from cccea_site.serving.tree import fix_root_translations


class Command(BaseCommand):
    help = "Run migrate --noinput, then fill missing translation columns and URL paths."

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        call_command("migrate", interactive=False, verbosity=verbosity)
        call_command("update_translation_fields", verbosity=0)
        fix_root_translations()
        call_command("set_translation_url_paths", verbosity=verbosity)
