"""Turn a configuration error at start-up into one line on stderr and exit 1."""

import contextlib
import sys

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@contextlib.contextmanager
def exit_on_setting_error():
    try:
        yield
    except ImproperlyConfigured as error:
        sys.stderr.write(f"Configuration error: {error}\n")
        sys.exit(1)


def refuse_demo_editor_in_production():
    """With DEBUG off, refuse to serve while the local demo editor exists."""
    from cccea_site.operations.demo_editor import (
        demo_editor_exists,
        demo_editor_in_production_message,
    )

    if not settings.DEBUG and demo_editor_exists():
        raise ImproperlyConfigured(demo_editor_in_production_message())
