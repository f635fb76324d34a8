"""The local demo editor: an admin account for trying the site, never in production.

`manage.py set_up_local_site` creates it (DEBUG on only) and gives it a new
random password on every run, which it prints. With DEBUG off a deployment
refuses it twice: `manage.py check --deploy` reports cccea_site.E001, and the
WSGI application will not start (cccea_site.wsgi). `manage.py
remove_demo_editor` deletes it.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import checks
from django.db import DatabaseError

DEMO_EDITOR_USERNAME = "demo-editor"
# Wagtail's own group (its migrations create it): the admin, and adding,
# editing and publishing pages, images and documents; not users or settings.
DEMO_EDITOR_GROUP = "Moderators"
REMOVE_COMMAND = "python manage.py remove_demo_editor"


class DemoEditorRefused(Exception):
    """The demo editor account may only be made with DEBUG on."""


def demo_editor_exists():
    """Whether the account exists; False when the database cannot say (not
    migrated yet, or unreachable: other checks report that)."""
    try:
        return get_user_model().objects.filter(username=DEMO_EDITOR_USERNAME).exists()
    except DatabaseError:
        return False


def demo_editor_set_up():
    """Create or refresh the account with a new random password; returns it."""
    if not settings.DEBUG:
        raise DemoEditorRefused(
            f"DEBUG is off: the local demo editor account ({DEMO_EDITOR_USERNAME}) "
            "is only ever created on a local copy with DEBUG on."
        )
    group = Group.objects.filter(name=DEMO_EDITOR_GROUP).first()
    if group is None:
        raise DemoEditorRefused(
            f"There is no {DEMO_EDITOR_GROUP} group for the demo editor "
            "(run the migrations first)."
        )
    password = secrets.token_urlsafe(12)
    user, _created = get_user_model().objects.update_or_create(
        username=DEMO_EDITOR_USERNAME,
        defaults={
            "first_name": "Demo",
            "last_name": "Editor",
            "email": "demo-editor@example.invalid",
            "is_active": True,
            "is_staff": False,
            "is_superuser": False,
        },
    )
    user.set_password(password)
    user.save()
    user.groups.set([group])
    return password


def demo_editor_remove():
    """Delete the account; whether there was one."""
    deleted, _by_model = (
        get_user_model().objects.filter(username=DEMO_EDITOR_USERNAME).delete()
    )
    return bool(deleted)


def demo_editor_in_production_message():
    return (
        f"the local demo editor account {DEMO_EDITOR_USERNAME!r} exists and must "
        f"not reach production; remove it with `{REMOVE_COMMAND}`."
    )


def check_no_demo_editor(app_configs=None, **kwargs):
    """cccea_site.E001: a deployment must not hold the demo editor account."""
    if not demo_editor_exists():
        return []
    return [
        checks.Error(
            "The local demo editor account "
            f"{DEMO_EDITOR_USERNAME!r} exists in this database.",
            hint=f"Remove it with `{REMOVE_COMMAND}`.",
            id="cccea_site.E001",
        )
    ]
