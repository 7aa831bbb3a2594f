"""Who is who in the partnership, and what each role may do in the admin.

This is the one place group names are spelled out (migrations keep their own frozen copies).
`roles.sync.roles_sync` makes the database match it after every migration.
"""

from dataclasses import dataclass, field

EDITORS = "Editors"
STEERING_GROUP = "Local Offer steering group"
PROVIDERS = "Service providers"
FORUM = "Parent carer forum"
ANALYSTS = "KPI viewers"

# Workflow tasks, as their migrations (and Wagtail's own) name them.
MODERATORS_APPROVAL_TASK = "Moderators approval"
LISTING_TEAM_TASK = "Local Offer team review"
LISTING_FORUM_TASK = "Parent carer forum check"
YSWD_APPROVAL_TASK = "Steering group approval"

# Pages a role's page permissions apply to: the tree's root (every site), or every page of
# a type, named by its model label so this module imports no app's models.
ROOT_PAGE = "wagtailcore.Page"
DIRECTORY_PAGES = "directory.DirectoryIndexPage"


@dataclass(frozen=True)
class Role:
    name: str
    # What the people in it do, shown in the README and in tests' failure messages.
    purpose: str
    # "app_label.codename"
    permissions: tuple[str, ...] = ()
    # Permissions the role must never hold, even if a migration or an administrator gave
    # them: the sync takes them away.
    withheld: tuple[str, ...] = ()
    # {page model label: page permission codenames}
    page_permissions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # "app_label.codename" on the root collection
    collection_permissions: tuple[str, ...] = ()
    # Workflow tasks whose approvers the role's members are.
    approves: tuple[str, ...] = ()


ACCESS_ADMIN = "wagtailadmin.access_admin"
CHOOSE_MEDIA = ("wagtailimages.choose_image", "wagtaildocs.choose_document")
MANAGE_MEDIA = (
    *(f"wagtailimages.{action}_image" for action in ("add", "change", "delete", "choose")),
    *(f"wagtaildocs.{action}_document" for action in ("add", "change", "delete", "choose")),
)


def _manage(app_label: str, *models: str) -> tuple[str, ...]:
    return tuple(
        f"{app_label}.{action}_{model}"
        for model in models
        for action in ("add", "change", "delete", "view")
    )


def _view(app_label: str, *models: str) -> tuple[str, ...]:
    return tuple(f"{app_label}.view_{model}" for model in models)


TAXONOMY = (
    "needtype",
    "category",
    "supportlevel",
    "area",
    "deliverymethod",
    "referralroute",
    "accessibilityfeature",
    "servicetime",
    "language",
    "organisation",
)

ROLES = (
    Role(
        name=EDITORS,
        purpose=(
            "The Local Offer team: publishes information pages, news and listings, approves "
            "providers' changes, keeps listings reviewed and owns the search vocabulary."
        ),
        permissions=(
            ACCESS_ADMIN,
            *MANAGE_MEDIA,
            "directory.manage_review_settings",
            "directory.view_changerequest",
            "directory.change_changerequest",
            *_manage("directory", "providermembership", *TAXONOMY),
            *_manage("search", "glossaryterm", "synonym"),
        ),
        page_permissions={
            ROOT_PAGE: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
        },
        collection_permissions=MANAGE_MEDIA,
        approves=(MODERATORS_APPROVAL_TASK, LISTING_TEAM_TASK),
    ),
    Role(
        name=STEERING_GROUP,
        purpose=(
            "Moderates feedback, writes and approves You said, we did entries, records "
            "mystery shopping and watches the KPIs."
        ),
        permissions=(
            ACCESS_ADMIN,
            *CHOOSE_MEDIA,
            "feedback.view_feedback",
            "feedback.change_feedback",
            "feedback.delete_feedback",
            *_manage("feedback", "theme"),
            "feedback.change_feedbacksettings",
            *_manage("you_said_we_did", "entry"),
            "you_said_we_did.lock_entry",
            "you_said_we_did.unlock_entry",
            "monitoring.view_dashboard",
            *_manage("monitoring", "mysteryshopcampaign", "scenario", "visit", "kpitarget"),
        ),
        # An entry goes live only through the group's approval, never around it.
        withheld=("you_said_we_did.publish_entry",),
        approves=(YSWD_APPROVAL_TASK,),
    ),
    Role(
        name=PROVIDERS,
        purpose=(
            "Service providers: propose changes to their own organisations' listings, which "
            "the listing workflow sends to the Local Offer team."
        ),
        permissions=(ACCESS_ADMIN, *CHOOSE_MEDIA),
        # Narrowed to their own organisations' listings by directory.permissions.
        page_permissions={DIRECTORY_PAGES: ("add_page", "change_page")},
    ),
    Role(
        name=FORUM,
        purpose="The parent carer forum: checks listings marked for it before they go live.",
        permissions=(ACCESS_ADMIN, *CHOOSE_MEDIA),
        approves=(LISTING_FORUM_TASK,),
    ),
    Role(
        name=ANALYSTS,
        purpose="Reads the KPIs, the annual report and mystery shopping; changes nothing.",
        permissions=(
            ACCESS_ADMIN,
            "monitoring.view_dashboard",
            *_view("monitoring", "mysteryshopcampaign", "scenario", "visit", "kpitarget"),
        ),
    ),
)

ROLES_BY_NAME = {role.name: role for role in ROLES}
