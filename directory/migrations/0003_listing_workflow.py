"""The groups, permissions and workflow through which providers and the parent carer forum
co-produce listings. Safe to run on a database that already has some of them."""

import calendar

from django.db import migrations

WORKFLOW = "Listing review"
TEAM_TASK = "Local Offer team review"
FORUM_TASK = "Parent carer forum check"
EDITORS = "Editors"
PROVIDERS = "Service providers"
FORUM = "Parent carer forum"


def _add_months(day, months):
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def _permission(apps, app_label, model, codename, name):
    # Permissions for new models are normally created after migrations finish; the groups
    # need them now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )[0]


def _task(apps, model_name, name, group):
    ContentType = apps.get_model("contenttypes", "ContentType")
    app_label, model = model_name.split(".")
    model_class = apps.get_model(app_label, model)
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model.lower())
    task = model_class.objects.filter(name=name).first()
    if task is None:
        task = model_class.objects.create(name=name, content_type=content_type)
    task.groups.add(group)
    return task


def set_up_listing_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ServicePage = apps.get_model("directory", "ServicePage")
    DirectoryIndexPage = apps.get_model("directory", "DirectoryIndexPage")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    for service in ServicePage.objects.filter(review_due__isnull=True):
        if service.last_reviewed:
            service.review_due = _add_months(service.last_reviewed, service.review_interval_months)
        elif service.first_published_at:
            service.review_due = service.first_published_at.date()
        else:
            continue
        service.save(update_fields=["review_due"])

    editors = Group.objects.get_or_create(name=EDITORS)[0]
    providers = Group.objects.get_or_create(name=PROVIDERS)[0]
    forum = Group.objects.get_or_create(name=FORUM)[0]
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for group in (editors, providers, forum):
        group.permissions.add(access_admin)
    editors.permissions.add(
        _permission(
            apps,
            "directory",
            "servicepage",
            "manage_review_settings",
            "Can set how often a service is checked and whether the forum checks it",
        ),
        *(
            _permission(
                apps,
                "directory",
                "changerequest",
                f"{action}_changerequest",
                f"Can {action} change request",
            )
            for action in ("view", "change")
        ),
        *(
            _permission(
                apps,
                "directory",
                "providermembership",
                f"{action}_providermembership",
                f"Can {action} provider account",
            )
            for action in ("add", "change", "delete", "view")
        ),
    )

    workflow = Workflow.objects.get_or_create(name=WORKFLOW)[0]
    team_task = _task(apps, "wagtailcore.GroupApprovalTask", TEAM_TASK, editors)
    forum_task = _task(apps, "directory.ForumCheckTask", FORUM_TASK, forum)
    for sort_order, task in enumerate((team_task, forum_task)):
        WorkflowTask.objects.get_or_create(
            workflow=workflow, task=task, defaults={"sort_order": sort_order}
        )

    add_page = _permission(apps, "wagtailcore", "page", "add_page", "Can add page")
    change_page = _permission(apps, "wagtailcore", "page", "change_page", "Can change page")
    for directory in DirectoryIndexPage.objects.all():
        WorkflowPage.objects.get_or_create(page_id=directory.pk, defaults={"workflow": workflow})
        for permission in (add_page, change_page):
            GroupPagePermission.objects.get_or_create(
                group=providers, page_id=directory.pk, permission=permission
            )


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0002_coproduction"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(set_up_listing_workflow, migrations.RunPython.noop)]
