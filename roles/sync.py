"""Make the database's groups match `roles.groups.ROLES`.

The sync adds what a role is given and takes away only what it withholds: permissions an
administrator grants by hand, or another app's migration adds, stay. Running it twice changes
nothing the second time.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import DEFAULT_DB_ALIAS, transaction

from wagtail.models import (
    AbstractGroupApprovalTask,
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Task,
)

from roles.groups import ROLES, ROOT_PAGE, Role


class UnknownPermissionError(LookupError):
    """A role names a permission that an installed app does not define."""


def roles_sync(*, using: str = DEFAULT_DB_ALIAS) -> dict[str, Group]:
    """Create each role's group and give it its permissions, page and collection permissions
    and workflow tasks. Returns the groups by name."""
    # Django creates model permissions in its own post_migrate handler, app by app; make sure
    # every app's exist whatever order the handlers ran in.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    with transaction.atomic(using=using):
        return {role.name: _sync_role(role, using=using) for role in ROLES}


def _permission(label: str, *, using: str) -> Permission:
    app_label, codename = label.split(".", 1)
    try:
        return Permission.objects.using(using).get(
            content_type__app_label=app_label, codename=codename
        )
    except Permission.DoesNotExist:
        raise UnknownPermissionError(f"No permission {label!r}, which roles name.") from None
    except Permission.MultipleObjectsReturned:
        # Wagtail's page permissions share codenames across page models: the base Page's.
        return Permission.objects.using(using).get(
            content_type__app_label=app_label,
            content_type__model="page",
            codename=codename,
        )


def _of_installed_app(label: str) -> bool:
    """Whether the permission's app is installed: a site may leave out an optional app, such
    as monitoring, whose permissions the roles name."""
    app_label = label.split(".", 1)[0]
    return any(config.label == app_label for config in apps.get_app_configs())


def _sync_role(role: Role, *, using: str) -> Group:
    group, _ = Group.objects.using(using).get_or_create(name=role.name)
    group.permissions.add(
        *(_permission(label, using=using) for label in role.permissions if _of_installed_app(label))
    )
    withheld = [
        permission
        for label in role.withheld
        if (permission := _optional_permission(label, using=using)) is not None
    ]
    group.permissions.remove(*withheld)
    for model_label, codenames in role.page_permissions.items():
        for page in _pages(model_label, using=using):
            page_permissions_grant(group=group, page=page, codenames=codenames, using=using)
    root_collection = Collection.objects.using(using).filter(depth=1).first()
    if root_collection is not None:
        for label in role.collection_permissions:
            GroupCollectionPermission.objects.using(using).get_or_create(
                group=group,
                collection=root_collection,
                permission=_permission(label, using=using),
            )
    for task in Task.objects.using(using).filter(name__in=role.approves):
        specific = task.specific
        if isinstance(specific, AbstractGroupApprovalTask):
            specific.groups.add(group)
    return group


def _optional_permission(label: str, *, using: str) -> Permission | None:
    try:
        return _permission(label, using=using)
    except UnknownPermissionError:
        return None


def _pages(model_label: str, *, using: str):
    model = apps.get_model(model_label)
    if model is Page:
        return Page.objects.using(using).filter(depth=1)
    return model.objects.using(using).all()


def page_permissions_grant(
    *, group: Group, page: Page, codenames: tuple[str, ...], using: str = DEFAULT_DB_ALIAS
) -> None:
    for codename in codenames:
        GroupPagePermission.objects.using(using).get_or_create(
            group=group,
            page=page,
            permission=_permission(f"wagtailcore.{codename}", using=using),
        )


def roles_grant_page(*, page: Page) -> None:
    """Give every role its page permissions on a page created after the sync ran (a new
    directory gets the providers' permissions)."""
    for role in ROLES:
        for model_label, codenames in role.page_permissions.items():
            if isinstance(page, apps.get_model(model_label)) and model_label != ROOT_PAGE:
                group = Group.objects.filter(name=role.name).first()
                if group is not None:
                    page_permissions_grant(group=group, page=page, codenames=codenames)
