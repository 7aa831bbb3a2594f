"""The You said, we did workflow's approval step becomes one that the entry's writer cannot
approve. The old step keeps any entry already waiting at it, under another name."""

from django.db import migrations

STEERING_GROUP = "Local Offer steering group"
WORKFLOW = "You said, we did approval"
TASK = "Steering group approval"
OLD_TASK = "Steering group approval (any member)"


def swap_task(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    SecondCheckTask = apps.get_model("you_said_we_did", "SecondCheckTask")

    workflow = Workflow.objects.filter(name=WORKFLOW).first()
    if workflow is None or SecondCheckTask.objects.filter(name=TASK).exists():
        return
    old = Task.objects.filter(name=TASK).first()
    if old is not None:
        old.name = OLD_TASK
        old.active = False
        old.save(update_fields=["name", "active"])
    task_type, _ = ContentType.objects.get_or_create(
        app_label="you_said_we_did", model="secondchecktask"
    )
    task = SecondCheckTask.objects.create(name=TASK, content_type=task_type, active=True)
    group = Group.objects.filter(name=STEERING_GROUP).first()
    if group is not None:
        task.groups.add(group)
    WorkflowTask.objects.filter(workflow=workflow).delete()
    WorkflowTask.objects.create(workflow=workflow, task_id=task.pk, sort_order=0)


class Migration(migrations.Migration):
    dependencies = [("you_said_we_did", "0003_second_check_task")]

    operations = [migrations.RunPython(swap_task, migrations.RunPython.noop)]
