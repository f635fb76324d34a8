"""Apply migrations and fill the page tree's language columns, in one step.

`migrate` alone leaves the pages that Wagtail's own migrations create (the tree
root, the welcome page) with empty language columns (STACK.md gotcha 3), and
asks a question without a terminal (gotcha 1). Deployments run this instead.
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db.models import Q
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from cccea_site.serving.tree import fix_root_translations


class Command(BaseCommand):
    help = "Run migrate --noinput, then fill missing translation columns and URL paths."

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        call_command("migrate", interactive=False, verbosity=verbosity)
        call_command("update_translation_fields", verbosity=0)
        fix_root_translations()
        if pages_missing_a_url_path().exists():
            call_command("set_translation_url_paths", verbosity=verbosity)


def pages_missing_a_url_path():
    """Pages without their path in some language: those Wagtail's migrations
    created, or all of them once a language is added. Saving a page keeps
    every language's path current, so on a routine deployment there are none,
    and the tree is not rewritten page by page (minutes at 10,000 cases)."""
    missing = Q()
    for code, _name in settings.LANGUAGES:
        field = build_localized_fieldname("url_path", code)
        missing |= Q(**{f"{field}__isnull": True}) | Q(**{field: ""})
    return Page.objects.filter(missing)
