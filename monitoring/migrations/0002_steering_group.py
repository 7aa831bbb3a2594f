"""The Local Offer steering group watches the KPIs and records mystery shopping."""

from django.db import migrations

STEERING_GROUP = "Local Offer steering group"
# (model name, verbose name, actions)
PERMISSIONS = [
    ("pageviewday", "page view day", ["view_dashboard"]),
    ("mysteryshopcampaign", "mystery shopping campaign", ["add", "change", "delete", "view"]),
    ("scenario", "scenario", ["add", "change", "delete", "view"]),
    ("visit", "mystery shopping visit", ["add", "change", "delete", "view"]),
]
NAMES = {"view_dashboard": "Can see the monitoring dashboard and KPIs"}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name=STEERING_GROUP)
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    group.permissions.add(access_admin)
    # Django creates model permissions after all migrations have run, so on a fresh database
    # they do not exist yet: create them here, named as Django would.
    for model, verbose_name, actions in PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label="monitoring", model=model)
        for action in actions:
            codename = action if action in NAMES else f"{action}_{model}"
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": NAMES.get(action, f"Can {action} {verbose_name}")},
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
