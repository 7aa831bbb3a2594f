"""The roles module is what the database's groups hold, after migrations and after each sync."""

from django.contrib.auth.models import Group, Permission

from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

from roles.groups import (
    EDITORS,
    LISTING_TEAM_TASK,
    MODERATORS_APPROVAL_TASK,
    PROVIDERS,
    ROLES,
    STEERING_GROUP,
)
from roles.sync import roles_sync
from tests.factories import make_site


def permissions_of(name: str) -> set[str]:
    return {
        f"{app_label}.{codename}"
        for app_label, codename in Group.objects.get(name=name).permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def snapshot() -> tuple:
    return (
        sorted(Group.objects.values_list("name", flat=True)),
        sorted(Group.objects.values_list("name", "permissions")),
        sorted(GroupPagePermission.objects.values_list("group", "page", "permission")),
        sorted(GroupCollectionPermission.objects.values_list("group", "collection", "permission")),
        sorted(GroupApprovalTask.objects.values_list("name", "groups")),
    )


def test_after_migrations_every_role_has_its_group_and_permissions(db):
    for role in ROLES:
        held = permissions_of(role.name)
        assert set(role.permissions) <= held, role.name
        assert not set(role.withheld) & held, role.name


def test_the_sync_is_idempotent(db):
    make_site()
    roles_sync()
    before = snapshot()
    roles_sync()
    assert snapshot() == before


def test_the_sync_recreates_a_deleted_group_and_takes_away_withheld_permissions(db):
    Group.objects.filter(name=EDITORS).delete()
    steering = Group.objects.get(name=STEERING_GROUP)
    steering.permissions.add(Permission.objects.get(codename="publish_entry"))

    roles_sync()

    assert "search.change_synonym" in permissions_of(EDITORS)
    assert "you_said_we_did.publish_entry" not in permissions_of(STEERING_GROUP)


def test_the_sync_keeps_permissions_an_administrator_added(db):
    analysts = Group.objects.get(name=PROVIDERS)
    analysts.permissions.add(Permission.objects.get(codename="view_theme"))
    roles_sync()
    assert "feedback.view_theme" in permissions_of(PROVIDERS)


def test_editors_publish_anywhere_and_approve_the_workflows_they_sit_in(db):
    root = Page.get_first_root_node()
    editors = Group.objects.get(name=EDITORS)
    assert {"add_page", "change_page", "publish_page"} <= set(
        GroupPagePermission.objects.filter(group=editors, page=root).values_list(
            "permission__codename", flat=True
        )
    )
    for task in (MODERATORS_APPROVAL_TASK, LISTING_TEAM_TASK):
        assert editors in GroupApprovalTask.objects.get(name=task).groups.all()


def test_providers_may_add_and_edit_under_every_directory(db):
    _home, directory = make_site()
    providers = Group.objects.get(name=PROVIDERS)
    assert set(
        GroupPagePermission.objects.filter(group=providers, page=directory).values_list(
            "permission__codename", flat=True
        )
    ) == {"add_page", "change_page"}


def test_the_sync_puts_back_the_forum_as_approver_of_its_own_task_type(db):
    from directory.models import ForumCheckTask
    from roles.groups import FORUM, LISTING_FORUM_TASK

    task = ForumCheckTask.objects.get(name=LISTING_FORUM_TASK)
    task.groups.clear()
    roles_sync()
    assert list(task.groups.values_list("name", flat=True)) == [FORUM]
