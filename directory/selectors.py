"""Reads for co-produced listings: what is due for review, who checked a listing last."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, QuerySet

from wagtail.models import GroupApprovalTask, TaskState, WorkflowState

from directory.models import ForumCheckTask, ListingReview, ReviewReminder, ServicePage

DUE_SOON_DAYS = 30


def listings_due_for_review(*, today: date, within_days: int = DUE_SOON_DAYS) -> QuerySet:
    """Live listings whose next check falls before `within_days` from today, overdue first."""
    return (
        ServicePage.objects.live()
        .filter(review_due__lte=today + timedelta(days=within_days))
        .select_related("organisation")
        .order_by("review_due", "title")
    )


def listings_to_remind(*, today: date) -> QuerySet:
    """Listings due within the reminder window that have had no reminder this cycle."""
    reminded = ReviewReminder.objects.filter(service=OuterRef("pk"), due_on=OuterRef("review_due"))
    return listings_due_for_review(today=today).exclude(Exists(reminded))


def listing_tasks_for_reviewer(*, user) -> QuerySet:
    """Listing workflow steps waiting now on a group `user` belongs to, oldest first."""
    return (
        TaskState.objects.filter(
            status=TaskState.STATUS_IN_PROGRESS,
            workflow_state__status=WorkflowState.STATUS_IN_PROGRESS,
            workflow_state__content_type=ContentType.objects.get_for_model(ServicePage),
            task__in=[
                *GroupApprovalTask.objects.filter(groups__user=user).values_list("pk", flat=True),
                *ForumCheckTask.objects.filter(groups__user=user).values_list("pk", flat=True),
            ],
        )
        .select_related("workflow_state", "task")
        .order_by("started_at")
    )


def listing_checks_by(*, user, limit: int = 5) -> QuerySet:
    """The latest checks `user` recorded, newest first."""
    return ListingReview.objects.filter(user=user).select_related("service")[:limit]


@dataclass(frozen=True)
class ProviderListing:
    service: ServicePage
    # Said from the provider's side, the same wherever a provider sees it.
    status: str
    overdue: bool
    due_soon: bool


WAITING_FOR = {ForumCheckTask: "Waiting for the parent carer forum"}
WAITING_FOR_TEAM = "Waiting for the Local Offer team"
CHANGES_ASKED_FOR = "Changes asked for"
LIVE_WITH_DRAFT = "Live, with changes not sent yet"


def provider_listings(
    *, organisation_ids: frozenset[int], today: date, within_days: int = DUE_SOON_DAYS
) -> list[ProviderListing]:
    """A provider's own listings, each with its status said from the provider's side and
    whether its check is overdue or due soon; what needs them first."""
    services = (
        ServicePage.objects.filter(organisation_id__in=organisation_ids)
        .select_related("organisation")
        .order_by("review_due", "title")
    )
    states = {
        int(state.object_id): state
        for state in WorkflowState.objects.active()
        .filter(
            content_type=ContentType.objects.get_for_model(ServicePage),
            object_id__in=[str(pk) for pk in services.values_list("pk", flat=True)],
        )
        .select_related("current_task_state__task")
    }
    listings = []
    for service in services:
        state = states.get(service.pk)
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            status = CHANGES_ASKED_FOR
        elif state is not None and state.current_task_state:
            task_class = state.current_task_state.task.specific_class
            status = WAITING_FOR.get(task_class, WAITING_FOR_TEAM)
        elif service.live:
            status = LIVE_WITH_DRAFT if service.has_unpublished_changes else "Live"
        else:
            status = "Draft, not sent yet"
        due = service.review_due
        listings.append(
            ProviderListing(
                service=service,
                status=status,
                overdue=bool(due and due < today),
                due_soon=bool(due and today <= due <= today + timedelta(days=within_days)),
            )
        )
    order = {CHANGES_ASKED_FOR: 0}
    return sorted(listings, key=lambda item: (order.get(item.status, 1), not item.overdue))


def listing_changes_asked(*, service: ServicePage) -> TaskState | None:
    """The step at which a reviewer sent the listing back, while it waits on its provider."""
    workflow_state = service.current_workflow_state
    if workflow_state is None or workflow_state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = workflow_state.current_task_state
    if task_state is None or task_state.status != TaskState.STATUS_REJECTED:
        return None
    return task_state
