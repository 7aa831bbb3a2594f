"""Co-produced listings in the demo: provider accounts, listings at every step of the
listing workflow, checks by providers, the team and the parent carer forum, and the public's
change requests, as told in demo/data/coproduction.yaml. Overdue listings come from the
services' own review dates."""

from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import WorkflowState

from demo.content import read
from directory.models import (
    CheckedBy,
    DirectoryIndexPage,
    Organisation,
    ProviderMembership,
    ServicePage,
)
from directory.services import (
    change_request_close,
    change_request_submit,
    listing_review_record,
)
from roles.groups import FORUM, PROVIDERS

_DATA = read("coproduction")
# Demo accounts only, listed in the README. The `provider` account itself is made with the
# other demo users; here it is linked to the organisations it works for.
PROVIDER_ACCOUNTS = _DATA["provider_accounts"]
PROVIDER_PASSWORD = "demo-provider"  # noqa: S105
FORUM_ACCOUNT = ("forum", "demo-forum")


def load_coproduction(*, directory: DirectoryIndexPage) -> None:
    _fill_review_dates()
    providers = _load_accounts()
    User = get_user_model()
    checkers = {
        "editor": User.objects.get(username="editor"),
        "forum": User.objects.get(username=FORUM_ACCOUNT[0]),
    }
    # Named before anything changes: the new listing below joins its organisation's.
    listings = {
        slug: list(ServicePage.objects.filter(organisation__slug=slug).order_by("title")[:4])
        for slugs in PROVIDER_ACCOUNTS.values()
        for slug in slugs
    }

    def listing(name: list) -> ServicePage:
        """A listing named as [organisation slug, its place in the organisation's listings]."""
        organisation, index = name
        return listings[organisation][index]

    for submission in _DATA["submissions"]:
        state = _submit(
            listing(submission["listing"]),
            providers[submission["by"]],
            **submission["changes"],
        )
        for check in submission.get("checks", []):
            state.refresh_from_db()
            task = state.current_task_state.specific
            if "approve" in check:
                task.approve(user=checkers[check["approve"]], comment=check["comment"])
            else:
                task.reject(user=checkers[check["reject"]], comment=check["comment"])
    new = dict(_DATA["new_listing"])
    _submit_new_listing(
        directory,
        providers[new.pop("by")],
        Organisation.objects.get(slug=new.pop("organisation")),
        **new,
    )
    for name in _DATA["confirmed"]:
        service = listing(name)
        provider = next(
            user
            for user in providers.values()
            if user.provider_memberships.filter(organisation=service.organisation).exists()
        )
        listing_review_record(service=service, checked_by=CheckedBy.PROVIDER, user=provider)
    _load_change_requests(checkers["editor"], listing)


def _fill_review_dates() -> None:
    """The demo publishes services in bulk, which skips the save that sets review dates."""
    services = list(ServicePage.objects.filter(review_due__isnull=True))
    for service in services:
        service.review_due = service.next_review_due()
    ServicePage.objects.bulk_update(services, ["review_due"])


def _load_accounts() -> dict:
    User = get_user_model()
    providers_group = Group.objects.get(name=PROVIDERS)
    providers = {}
    for username, slugs in PROVIDER_ACCOUNTS.items():
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(
                username,
                f"{username}@northby.example",
                PROVIDER_PASSWORD,
                first_name="Demo",
                last_name=username.replace("-", " ").title(),
            )
        user.groups.add(providers_group)
        for organisation in Organisation.objects.filter(slug__in=slugs):
            ProviderMembership.objects.get_or_create(user=user, organisation=organisation)
        providers[username] = user
    username, password = FORUM_ACCOUNT
    if not User.objects.filter(username=username).exists():
        forum = User.objects.create_user(
            username, f"{username}@northby.example", password, first_name="Demo", last_name="Forum"
        )
        forum.groups.add(Group.objects.get(name=FORUM))
    return providers


def _submit(service: ServicePage, user, **changes) -> WorkflowState:
    """What a provider does in the editor: change the listing and submit it for review."""
    draft = service.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(draft, name, value)
    draft.save_revision(user=user, log_action=True)
    return draft.get_workflow().start(draft, user)


def _submit_new_listing(directory, user, organisation, **fields) -> None:
    listing = ServicePage(organisation=organisation, live=False, owner=user, **fields)
    directory.add_child(instance=listing)
    listing.save_revision(user=user, log_action=True)
    listing.get_workflow().start(listing, user)


def _load_change_requests(editor, listing: Callable[[list], ServicePage]) -> None:
    for request in _DATA["change_requests"]:
        fields = {key: value for key, value in request.items() if key not in ("listing", "closed")}
        service = listing(request["listing"]) if "listing" in request else None
        made = change_request_submit(service=service, **fields)
        if "closed" in request:
            change_request_close(
                change_request=made,
                user=editor,
                outcome=made.Outcome(request["closed"]["outcome"]),
                note=request["closed"]["note"],
            )
