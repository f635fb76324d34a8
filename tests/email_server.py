"""A real SMTP server on a loopback port (aiosmtpd) and the task worker, for
tests that follow an email from the queue to the inbox.

The fixtures `smtp_port` and `database_tasks` (tests/conftest.py) point the
site at such a server and keep jobs in the database, as in production.
"""

import email
import email.policy

from aiosmtpd.controller import Controller
from django.core.management import call_command


class Mailbox:
    """An aiosmtpd handler keeping what it accepts; refuses the first
    `refuse` messages with a temporary error (451)."""

    def __init__(self, refuse=0):
        self.refuse = refuse
        self.attempts = 0
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.attempts += 1
        if self.refuse:
            self.refuse -= 1
            return "451 4.3.0 Mailbox busy, try again later"
        message = email.message_from_bytes(
            envelope.content, policy=email.policy.default
        )
        self.messages.append((envelope.rcpt_tos, message))
        return "250 2.0.0 OK"


class SmtpServer:
    def __init__(self, mailbox, port):
        self.controller = Controller(mailbox, hostname="127.0.0.1", port=port)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()


def run_worker(*options):
    call_command(
        "db_worker",
        "--batch",
        "--no-startup-delay",
        "--no-reload",
        *options,
        verbosity=0,
    )
