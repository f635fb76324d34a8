"""Translators no longer change the site settings.

Wagtail keeps no drafts or revisions of settings, so a translator's change
to the footer went live on every page at once, unreviewed. Editors translate
the few settings texts; the translation status report shows translators
what is missing there, to pass on.
"""

from django.db import migrations

GROUP_NAME = "Translators"


def withdraw_settings_permission(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP_NAME).first()
    if group is None:
        return
    group.permissions.remove(
        *Permission.objects.filter(
            content_type__app_label="cccea_site", codename="change_sitesettings"
        )
    )


def restore_settings_permission(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP_NAME).first()
    if group is None:
        return
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="cccea_site", codename="change_sitesettings"
        )
    )


class Migration(migrations.Migration):
    dependencies = [("cccea_site", "0002_translators_group")]

    operations = [
        migrations.RunPython(withdraw_settings_permission, restore_settings_permission)
    ]
