"""Export or purge signatures from the command line.

    manage.py signatures export ACTION_ID [--emails] [--output FILE]
    manage.py signatures purge [--action ACTION_ID]

`export` writes the confirmed signatures of one action as CSV (UTF-8 with a
BOM; names and countries, addresses only with --emails, which is logged).
`purge` deletes now what the retention rules say may no longer be kept
(the scheduler does it every hour). A bad argument gets one line.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from actions.exports import signatures_csv
from actions.models import Action
from actions.services import signatures_purge

OPERATIONS = ("export", "purge")


class Command(BaseCommand):
    help = (
        "export ACTION_ID [--emails] [--output FILE]: confirmed signatures as "
        "CSV; purge [--action ACTION_ID]: delete signatures past retention now."
    )

    def create_parser(self, prog_name, subcommand, **kwargs):
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        # A mistyped argument gets one line (CommandError), not argparse's usage.
        parser.called_from_command_line = False
        return parser

    def add_arguments(self, parser):
        parser.add_argument("operation", help="export or purge")
        parser.add_argument("action_id", nargs="?", help="the action to export")
        parser.add_argument(
            "--action", dest="only_action", help="purge one action only"
        )
        parser.add_argument(
            "--emails",
            action="store_true",
            help="include email addresses (the export is logged)",
        )
        parser.add_argument("--output", help="write to this file (default: stdout)")

    def handle(
        self, *args, operation, action_id, only_action, emails, output, **options
    ):
        if operation not in OPERATIONS:
            raise CommandError(f"Unknown operation {operation!r}: use export or purge.")
        if operation == "export":
            self.export(action_id, emails, output)
        else:
            if action_id is not None:
                raise CommandError("purge takes no action id; use --action ID.")
            self.purge(only_action)

    def export(self, action_id, emails, output):
        if action_id is None:
            raise CommandError(
                "export needs an action id: signatures export ACTION_ID."
            )
        action = find_action(action_id)
        text = signatures_csv(action, with_emails=emails, exported_by="command")
        if output is None:
            self.stdout.write(text, ending="")
            return
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as error:
            raise CommandError(f"Cannot write {output}: {error.strerror}.") from None
        self.stderr.write(f"Wrote {output}.")

    def purge(self, only_action):
        actions = None
        if only_action is not None:
            actions = [find_action(only_action)]
        report = signatures_purge(actions=actions)
        self.stdout.write(f"Signatures: {report}.")


def find_action(raw_id):
    try:
        action_id = int(raw_id)
    except ValueError:
        raise CommandError(f"Action id must be a number, not {raw_id!r}.") from None
    action = Action.objects.filter(pk=action_id).first()
    if action is None:
        raise CommandError(f"There is no action with id {action_id}.")
    return action
