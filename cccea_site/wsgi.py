"""WSGI entry point for gunicorn: `gunicorn cccea_site.wsgi`."""

import os

from cccea_site.operations.startup import (
    exit_on_setting_error,
    refuse_demo_editor_in_production,
)

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cccea_site.settings.base")

with exit_on_setting_error():
    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()
    refuse_demo_editor_in_production()
