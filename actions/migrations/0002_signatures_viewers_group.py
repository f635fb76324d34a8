"""The Signatures viewers group: the only staff who see signers' data.

Members reach the admin and the signatures of each action (counts, list,
export); editing actions is a separate permission editors have.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Signatures viewers"
PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("actions", "see_signatures"),
]


def ensure_permissions(apps):
    """Permissions are made after migrations; this one needs them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def add_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ensure_permissions(apps)
    group, _created = Group.objects.get_or_create(name=GROUP_NAME)
    for app_label, codename in PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("actions", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(add_group, remove_group)]
