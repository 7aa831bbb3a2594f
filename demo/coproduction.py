"""Co-produced listings in the demo: provider accounts, listings at every step of the
listing workflow, checks by providers, the team and the parent carer forum, and the public's
change requests. Overdue listings come from the services' own review dates."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import WorkflowState

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

# Demo accounts only, listed in the README. The `provider` account itself is made with the
# other demo users; here it is linked to the organisations it works for.
PROVIDER_ACCOUNTS = [
    ("provider", ["brightside-short-breaks", "spectrum-youth"]),
    ("provider-autism", ["northby-autism-and-adhd-support"]),
    ("provider-leisure", ["northby-leisure-trust", "fellside-riding"]),
]
PROVIDER_PASSWORD = "demo-provider"  # noqa: S105
FORUM_ACCOUNT = ("forum", "demo-forum")


def load_coproduction(*, directory: DirectoryIndexPage) -> None:
    _fill_review_dates()
    providers = _load_accounts()
    User = get_user_model()
    editor = User.objects.get(username="editor")
    forum = User.objects.get(username=FORUM_ACCOUNT[0])
    listings = {
        slug: list(ServicePage.objects.filter(organisation__slug=slug).order_by("title")[:4])
        for _username, slugs in PROVIDER_ACCOUNTS
        for slug in slugs
    }
    short_breaks, youth = listings["brightside-short-breaks"], listings["spectrum-youth"]
    autism, leisure = listings["northby-autism-and-adhd-support"], listings["northby-leisure-trust"]

    # Waiting for the Local Offer team.
    _submit(short_breaks[0], providers["provider"], opening_times_note="Closed in August.")
    # Approved by the team, waiting for the forum.
    state = _submit(
        short_breaks[1],
        providers["provider"],
        needs_forum_check=True,
        cost_detail="Free for families with an EHC plan; £5 a session otherwise.",
    )
    _approve(state, editor, "Thanks, the new prices match the council's charging policy.")
    # Sent back to the provider with the team's comment.
    state = _submit(youth[0], providers["provider"], summary="Youth club.")
    state.current_task_state.specific.reject(
        user=editor,
        comment="Please keep the summary a full sentence that says who the club is for.",
    )
    # Through both steps and published: checked with the forum.
    state = _submit(
        autism[0],
        providers["provider-autism"],
        needs_forum_check=True,
        how_to_access=(
            "<p>Ask your GP, school SENCo or health visitor to refer you, or ring us: you "
            "do not need a diagnosis.</p>"
        ),
    )
    _approve(state, editor, "Clear and accurate.")
    _approve(WorkflowState.objects.get(pk=state.pk), forum, "Parents found this easy to follow.")
    # Through the team step and published (the forum step is skipped).
    state = _submit(leisure[0], providers["provider-leisure"], cost_detail="£3.50 a session.")
    _approve(state, editor, "")
    # A new listing from a provider, waiting for the team.
    _submit_new_listing(directory, providers["provider-leisure"], leisure[0].organisation)
    # Providers who confirmed from their reminder that nothing has changed.
    for service in (autism[1], leisure[1], youth[1]):
        provider = next(
            user
            for user in providers.values()
            if user.provider_memberships.filter(organisation=service.organisation).exists()
        )
        listing_review_record(service=service, checked_by=CheckedBy.PROVIDER, user=provider)
    _load_change_requests(editor, short_breaks[2], leisure[2], youth[2])


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
    for username, slugs in PROVIDER_ACCOUNTS:
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


def _approve(state: WorkflowState, user, comment: str) -> None:
    state.refresh_from_db()
    state.current_task_state.specific.approve(user=user, comment=comment)


def _submit_new_listing(directory, user, organisation) -> None:
    listing = ServicePage(
        title="Inclusive climbing sessions",
        slug="inclusive-climbing-sessions",
        organisation=organisation,
        summary="Climbing for disabled children and young people with trained instructors.",
        description="<p>Saturday morning sessions on the low wall, with one-to-one help.</p>",
        min_age=8,
        max_age=18,
        live=False,
        owner=user,
    )
    directory.add_child(instance=listing)
    listing.save_revision(user=user, log_action=True)
    listing.get_workflow().start(listing, user)


def _load_change_requests(editor, *services: ServicePage) -> None:
    first, second, third = services
    change_request_submit(
        service=first,
        what_is_wrong="The Saturday session has moved to the community centre.",
        suggestion="Saturdays, 10am to midday, at Eastgate Community Centre.",
        contact_name="Sam",
        contact_email="sam@example.org",
        contact_consent=True,
    )
    change_request_submit(
        service=second,
        what_is_wrong="The age range is wrong: my son is 17 and they said he can still come.",
        suggestion="Ages 8 to 19.",
    )
    change_request_submit(
        service=None,
        service_name="Northby Signing Choir",
        organisation_name="Northby Deaf Children's Society",
        suggestion=(
            "A choir that sings in BSL and English, for deaf and hearing children aged 7 "
            "to 14. Wednesdays after school at the Deaf Centre. Free."
        ),
    )
    closed = change_request_submit(
        service=third,
        what_is_wrong="The phone number goes to the wrong office.",
        suggestion="Use the youth team's number instead.",
    )
    change_request_close(
        change_request=closed,
        user=editor,
        outcome=closed.Outcome.CHANGED,
        note="Spectrum Youth confirmed the new number; listing updated.",
    )
