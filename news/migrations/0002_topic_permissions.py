"""Topics are edited by the editors' groups and translated by translators.

- "Editors" and "Moderators" (Wagtail's default groups, where they exist) may
  add, change and delete topics (Snippets → Topics).
- "Translators" may change topics, and their form lets them change the
  translations only (TranslatedModelForm).

Wagtail and Django create these permissions after all migrations
(post_migrate); they are made here, with the names Django gives them, so this
migration can assign them.
"""

from django.db import migrations

EDITOR_GROUPS = ("Editors", "Moderators")
TRANSLATORS = "Translators"


def topic_permission(apps, action):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="news", model="topic"
    )
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_topic",
        defaults={"name": f"Can {action} topic"},
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    editing = [topic_permission(apps, a) for a in ("add", "change", "delete")]
    for group in Group.objects.filter(name__in=EDITOR_GROUPS):
        group.permissions.add(*editing)
    for group in Group.objects.filter(name=TRANSLATORS):
        group.permissions.add(topic_permission(apps, "change"))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    actions = ("add", "change", "delete")
    permissions = [topic_permission(apps, action) for action in actions]
    for group in Group.objects.filter(name__in=(*EDITOR_GROUPS, TRANSLATORS)):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("cccea_site", "0003_translators_do_not_change_site_settings"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
