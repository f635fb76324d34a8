"""Translators no longer change the site settings.

Wagtail keeps no drafts or revisions of settings, so a translator's change
to the footer went live on every page at once, unreviewed. Editors translate
the few settings texts; the translation status report shows translators
what is missing there, to pass on.
"""

from django.db import migrations

GROUP_NAME = "Translators"


def settings_permissions_of_translators(apps):
    """(the Translators' permissions, the settings' change permission), or None."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP_NAME).first()
    if group is None:
        return None
    change_settings = Permission.objects.filter(
        content_type__app_label="cccea_site", codename="change_sitesettings"
    )
    return group.permissions, change_settings


def withdraw_settings_permission(apps, schema_editor):
    found = settings_permissions_of_translators(apps)
    if found:
        group_permissions, change_settings = found
        group_permissions.remove(*change_settings)


def restore_settings_permission(apps, schema_editor):
    found = settings_permissions_of_translators(apps)
    if found:
        group_permissions, change_settings = found
        group_permissions.add(*change_settings)


class Migration(migrations.Migration):
    dependencies = [("cccea_site", "0002_translators_group")]

    operations = [
        migrations.RunPython(withdraw_settings_permission, restore_settings_permission)
    ]
