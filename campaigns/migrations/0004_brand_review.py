"""Brand changes are reviewed: editors publish, translators submit for moderation.

- The editors' groups (Wagtail's default "Editors" and "Moderators", where
  they exist) may change and publish brands. A moderator approving a
  translator's brand in the workflow needs `publish_brand`: the approval
  publishes as them.
- The Translators group keeps `change_brand` (cccea_site 0002) and never has
  `publish_brand`: its members save drafts and submit them.
- Brands go through the workflow pages use (the root page's, Wagtail's
  "Moderators approval"), so a submitted brand reaches the moderators the
  way a page does.

Wagtail creates `publish_brand` after all migrations (post_migrate); it is
made here, with the name Wagtail gives it, so this migration can assign it.
Reversing removes `publish_brand` and the workflow assignment; `change_brand`
stays with the editors' groups, as it may have been granted before.
"""

from django.db import migrations

EDITOR_GROUPS = ("Editors", "Moderators")
TRANSLATORS = "Translators"
DEFAULT_WORKFLOW_NAME = "Moderators approval"


def brand_content_type(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="campaigns", model="brand"
    )
    return content_type


def brand_permission(apps, action):
    Permission = apps.get_model("auth", "Permission")
    permission, _created = Permission.objects.get_or_create(
        content_type=brand_content_type(apps),
        codename=f"{action}_brand",
        defaults={"name": f"Can {action} brand"},
    )
    return permission


def pages_workflow(apps):
    """The active workflow on the root page, else Wagtail's default by name."""
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    on_root = (
        WorkflowPage.objects.filter(page__depth=1, workflow__active=True)
        .select_related("workflow")
        .first()
    )
    if on_root is not None:
        return on_root.workflow
    return Workflow.objects.filter(name=DEFAULT_WORKFLOW_NAME, active=True).first()


def review_brand_changes(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    change = brand_permission(apps, "change")
    publish = brand_permission(apps, "publish")

    for group in Group.objects.filter(name__in=EDITOR_GROUPS):
        group.permissions.add(change, publish)
    for group in Group.objects.filter(name=TRANSLATORS):
        group.permissions.remove(publish)

    workflow = pages_workflow(apps)
    content_type = brand_content_type(apps)
    if workflow is not None:
        WorkflowContentType.objects.get_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )


def publish_brand_changes_directly(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    publish = brand_permission(apps, "publish")
    for group in Group.objects.filter(name__in=EDITOR_GROUPS):
        group.permissions.remove(publish)
    WorkflowContentType.objects.filter(content_type=brand_content_type(apps)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0003_brand_revisions"),
        ("cccea_site", "0002_translators_group"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(review_brand_changes, publish_brand_changes_directly)
    ]
