"""Followers from the command line.

    manage.py followers bounced FILE     (one address per line; - for stdin)
    manage.py followers purge

`bounced` marks the addresses a mail provider reported as refused for good
(a bounce report), so no update is sent to them again; it prints how many
followers it marked, never an address. `purge` deletes the followers who did
not confirm in time (the scheduler does it every hour). A bad argument gets
one line.
"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from actions.forms import normalise_email
from following.models import Follower
from following.services import followers_purge


class Command(BaseCommand):
    help = (
        "bounced FILE: mark the addresses in FILE (one per line, - for stdin) as "
        "refused; purge: delete followers who never confirmed."
    )

    def create_parser(self, prog_name, subcommand, **kwargs):
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        parser.called_from_command_line = False  # one line, not argparse's usage
        return parser

    def add_arguments(self, parser):
        parser.add_argument("operation", help="bounced or purge")
        parser.add_argument("file", nargs="?", help="addresses, one per line")

    def handle(self, *args, operation, file, **options):
        if operation == "purge":
            self.stdout.write(f"Deleted {followers_purge()} unconfirmed followers.")
        elif operation == "bounced":
            addresses = self.read_addresses(file)
            marked = Follower.objects.filter(
                email__in=addresses, bounced_at__isnull=True
            ).update(bounced_at=timezone.now())
            self.stdout.write(f"Marked {marked} followers as refused.")
        else:
            raise CommandError(
                f"Unknown operation {operation!r}: use bounced or purge."
            )

    def read_addresses(self, file):
        if not file:
            raise CommandError("bounced needs a file of addresses (or - for stdin).")
        try:
            text = sys.stdin.read() if file == "-" else Path(file).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from None
        return {normalise_email(line) for line in text.splitlines() if line.strip()}
