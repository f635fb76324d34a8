"""Get a local copy ready to try: `manage.py set_up_local_site` (`make run`).

Migrates, loads the demo content and indexes it, with their output in a log
file rather than on the terminal, then prints where to look: the site in each
language, the admin, and a demo editor account with a new password.
"""

import contextlib
import logging
import os
import sys
import traceback
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import translation

from cccea_site.operations.demo_editor import (
    DEMO_EDITOR_GROUP,
    DEMO_EDITOR_USERNAME,
    REMOVE_COMMAND,
    DemoEditorRefused,
    demo_editor_set_up,
)

STEPS = [
    ("Updating the database", "update_database"),
    ("Loading the demo content", "load_demo_content"),
    ("Indexing it for search", "update_index"),
]


class Command(BaseCommand):
    help = (
        "Set up a local copy (DEBUG on only): migrate, load the demo content and "
        "index it, logging the details to a file; then print the site's address "
        "in each language, the admin's, and a demo editor account with a new "
        "random password."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--port",
            default=os.environ.get("PORT", "8000"),
            help="The port runserver will use, for the addresses printed "
            "(default: $PORT, else 8000).",
        )
        parser.add_argument(
            "--log",
            default=str(Path(settings.BASE_DIR) / "build" / "set-up.log"),
            help="Where the set-up's own output goes (default: build/set-up.log).",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "set_up_local_site is for a local copy: DEBUG is off, so it changes "
                "nothing and creates no demo editor account."
            )
        log_path = Path(options["log"])
        shown_log = display_path(log_path)
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("w", encoding="utf-8") as log:
            for label, command in STEPS:
                self.stdout.write(f"{label}…", ending="")
                self.stdout.flush()
                try:
                    with output_to(log):
                        call_command(command)
                except Exception as error:
                    self.stdout.write(" failed.")
                    traceback.print_exc(file=log)
                    log.flush()
                    raise CommandError(
                        f"{command} failed: {error}. Its whole output is in "
                        f"{shown_log}."
                    ) from error
                self.stdout.write(" done.")
            try:
                password = demo_editor_set_up()
            except DemoEditorRefused as error:
                raise CommandError(str(error)) from error
        self.print_summary(options["port"], password, shown_log)

    def print_summary(self, port, password, shown_log):
        base = f"http://127.0.0.1:{port}"
        urls = []
        for code, name in settings.LANGUAGES:
            with translation.override(code):
                urls.append((f"{base}{reverse('wagtail_serve', args=[''])}", name))
        # URLs first: language names in CJK scripts are wider than they count.
        width = max(len(url) for url, _name in urls)
        lines = ["", "The site is ready. Open it in any of its languages:"]
        lines += [f"  {url:<{width}}  {name}" for url, name in urls]
        lines += [
            "",
            f"The admin: {base}{reverse('wagtailadmin_home')}",
            f"  Demo editor ({DEMO_EDITOR_GROUP} group), for this local copy only:",
            f"  username: {DEMO_EDITOR_USERNAME}",
            f"  password: {password}   (a new one on every run)",
            f"  A production start refuses while it exists: `{REMOVE_COMMAND}`.",
            "",
            f"Set-up details: {shown_log}",
        ]
        for line in lines:
            self.stdout.write(line)


def display_path(path):
    """`path` relative to the current directory when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


@contextlib.contextmanager
def output_to(log):
    """Send what commands print, and every log record, to `log`; records of
    errors go to the terminal (stderr) too."""
    root = logging.getLogger()
    saved_handlers = root.handlers[:]
    to_file = logging.StreamHandler(log)
    to_file.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")
    )
    to_terminal = logging.StreamHandler(sys.stderr)
    to_terminal.setLevel(logging.ERROR)
    root.handlers = [to_file, to_terminal]
    try:
        with contextlib.redirect_stdout(log):
            yield
    finally:
        root.handlers = saved_handlers
