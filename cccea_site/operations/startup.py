"""Turn a configuration error at start-up into one line on stderr and exit 1."""

import contextlib
import sys

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connections


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

    if settings.DEBUG:
        return
    try:
        found = demo_editor_exists()
    finally:
        # gunicorn loads the app in its master process and forks the workers
        # from it: a connection left open here would be shared by every
        # worker, whose queries would then interleave on one socket ("lost
        # synchronization with server"). Each worker opens its own.
        connections.close_all()
    if found:
        raise ImproperlyConfigured(demo_editor_in_production_message())
