"""You said, we did entries go live through the steering group's approval: the group may
write, publish and lock entries, and a workflow with one approval task by the group is
assigned to entries."""

from django.db import migrations

STEERING_GROUP = "Local Offer steering group"
WORKFLOW = "You said, we did approval"
TASK = "Steering group approval"
ACTIONS = ["add", "change", "delete", "view", "publish", "lock", "unlock"]


def set_up(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    group, _ = Group.objects.get_or_create(name=STEERING_GROUP)
    entry_type, _ = ContentType.objects.get_or_create(app_label="you_said_we_did", model="entry")
    # Django adds model permissions, and Wagtail the publish and lock ones, only after all
    # migrations have run: create them here, named as they would.
    for action in ACTIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=entry_type,
            codename=f"{action}_entry",
            defaults={"name": f"Can {action} You said, we did entry"},
        )
        group.permissions.add(permission)

    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.add(group)
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.get_or_create(
        content_type=entry_type, defaults={"workflow": workflow}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("you_said_we_did", "0001_initial"),
        ("feedback", "0002_steering_group"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(set_up, migrations.RunPython.noop)]
