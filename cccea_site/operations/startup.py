"""Turn a configuration error at start-up into one line on stderr and exit 1."""

import contextlib
import sys

from django.core.exceptions import ImproperlyConfigured


@contextlib.contextmanager
def exit_on_setting_error():
    try:
        yield
    except ImproperlyConfigured as error:
        sys.stderr.write(f"Configuration error: {error}\n")
        sys.exit(1)
