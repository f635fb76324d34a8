#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cccea_site.settings.base")
    from django.conf import settings
    from django.core.management import execute_from_command_line

    from cccea_site.operations.startup import exit_on_setting_error

    with exit_on_setting_error():
        # Load settings first: Django's command runner would otherwise hide a
        # configuration error behind "Unknown command".
        settings.INSTALLED_APPS  # noqa: B018
        execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
