"""Delete the local demo editor account: `manage.py remove_demo_editor`."""

from django.core.management.base import BaseCommand

from cccea_site.operations.demo_editor import DEMO_EDITOR_USERNAME, demo_editor_remove


class Command(BaseCommand):
    help = (
        f"Delete the local demo editor account ({DEMO_EDITOR_USERNAME}) that "
        "set_up_local_site creates. A production start refuses while it exists."
    )

    def handle(self, *args, **options):
        if demo_editor_remove():
            self.stdout.write(
                f"Removed the demo editor account {DEMO_EDITOR_USERNAME}."
            )
        else:
            self.stdout.write(
                f"There is no demo editor account {DEMO_EDITOR_USERNAME}."
            )
