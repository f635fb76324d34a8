"""Page content as PO files: `manage.py translation_po export|import`.

    translation_po export --language ja --page 12 > case.ja.po
    translation_po export --language ja --tree 5 -o campaigns.ja.po
    translation_po export --language ko --needs-work -o todo.ko.po
    translation_po import case.ja.po

See cccea_site.languages.po_files and docs/translating.md.
"""

from django.core.management.base import BaseCommand, CommandError

from cccea_site.languages.po_files import (
    InvalidPOFile,
    export_po,
    import_po,
    pages_for,
)
from cccea_site.languages.translation_status import target_languages


class Command(BaseCommand):
    help = (
        "Export page content (fields and inline items) in one language as a "
        "gettext PO file, or import a translated one as new draft revisions."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        export = actions.add_parser("export", help="Write a PO file.")
        export.add_argument("--language", required=True, choices=target_languages())
        scope = export.add_mutually_exclusive_group()
        scope.add_argument("--page", type=int, help="Only this page (its id).")
        scope.add_argument("--tree", type=int, help="This page and its subpages.")
        export.add_argument(
            "--needs-work",
            action="store_true",
            help="Only fields missing or outdated in the language.",
        )
        export.add_argument("-o", "--output", help="File to write (default: stdout).")
        imported = actions.add_parser("import", help="Read a translated PO file.")
        imported.add_argument("file", help="The PO file.")
        imported.add_argument(
            "--language",
            choices=target_languages(),
            help="Its language, when the file's Language header is missing.",
        )

    def handle(self, *args, **options):
        if options["action"] == "export":
            self.export(options)
        else:
            self.import_file(options)

    def export(self, options):
        page_id = options["page"] or options["tree"]
        pages = pages_for(page_id, tree=bool(options["tree"]))
        if page_id and not pages:
            raise CommandError(f"No page {page_id} with translated fields.")
        po = export_po(pages, options["language"], options["needs_work"])
        if options["output"]:
            po.save(options["output"])
            self.stderr.write(f"{len(po)} entries written to {options['output']}.")
        else:
            self.stdout.write(str(po))

    def import_file(self, options):
        try:
            with open(options["file"], "rb") as po_file:
                content = po_file.read()
        except OSError as error:
            raise CommandError(
                f"Cannot read {options['file']}: {error.strerror}."
            ) from error
        try:
            results = import_po(content, options["language"])
        except InvalidPOFile as refused:
            for error in refused.errors:
                self.stderr.write(error)
            raise CommandError(
                f"Nothing imported: {len(refused.errors)} problem(s) in {options['file']}."
            ) from refused
        for result in results:
            self.stdout.write(result.summary())
        if not results:
            self.stdout.write("No entries to import.")
