"""The Translators group: edit page content in every language, never publish or delete.

Translators edit pages and submit them for moderation; an editor publishes.
They can also edit brands' names and the site settings' translated texts.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Translators"
PAGE_PERMISSIONS = ["change_page"]
MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("campaigns", "brand", "change_brand"),
    ("cccea_site", "sitesettings", "change_sitesettings"),
]


def ensure_permissions(apps):
    """Permissions are made after migrations; this one needs them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def add_translators_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    ensure_permissions(apps)

    group, _created = Group.objects.get_or_create(name=GROUP_NAME)
    for app_label, _model, codename in MODEL_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=root,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )


def remove_translators_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cccea_site", "0001_initial"),
        ("campaigns", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(add_translators_group, remove_translators_group)]
