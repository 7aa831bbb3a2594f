"""Checks that a listing is still accurate: recorded from the workflow's approvals or from
the provider's one-click link, and the reminders that carry those links."""

from collections import defaultdict
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from wagtail.models import (
    Revision,
    TaskState,
    WorkflowState,
)

from directory.models import (
    CheckedBy,
    ForumCheckTask,
    ListingReview,
    ReviewReminder,
    ServicePage,
)
from directory.selectors import listings_to_remind

REVIEW_LINK_SALT = "directory.review-link"
# Long enough to cover a reminder sent 30 days before the due date, and a holiday.
REVIEW_LINK_MAX_AGE = timedelta(days=60)


class ReviewLinkError(Exception):
    """A review link that is not ours, has expired, or has been used."""


def listing_review_record(
    *,
    service: ServicePage,
    checked_by: CheckedBy,
    user=None,
    revision: Revision | None = None,
    at: datetime | None = None,
) -> ListingReview:
    """Record that someone checked the listing, and start its next review cycle."""
    review = ListingReview(
        service=service,
        checked_by=checked_by,
        user=user,
        revision=revision,
        at=at or timezone.now(),
    )
    review.full_clean()
    review.save()
    last_reviewed = timezone.localdate(review.at)
    if service.last_reviewed is None or last_reviewed >= service.last_reviewed:
        service.last_reviewed = last_reviewed
        service.review_due = service.next_review_due()
        # A direct update: the check belongs to the listing, not to a new revision of it.
        ServicePage.objects.filter(pk=service.pk).update(
            last_reviewed=service.last_reviewed, review_due=service.review_due
        )
    return review


def workflow_reviews_record(*, workflow_state: WorkflowState) -> list[ListingReview]:
    """When a listing's workflow ends in publishing, each approval in it was a check by the
    Local Offer team or the parent carer forum."""
    if not issubclass(workflow_state.content_type.model_class(), ServicePage):
        return []
    service = workflow_state.content_object.specific
    approvals = (
        workflow_state.task_states.filter(status=TaskState.STATUS_APPROVED)
        .select_related("task", "finished_by")
        .order_by("finished_at", "pk")
    )
    return [
        listing_review_record(
            service=service,
            checked_by=CheckedBy.FORUM
            if approval.task.specific_class is ForumCheckTask
            else CheckedBy.TEAM,
            user=approval.finished_by,
            revision=approval.revision,
            at=approval.finished_at,
        )
        for approval in approvals
    ]


def _recipients(service: ServicePage) -> list[tuple[str, object]]:
    """(address, user) for each provider account linked to the listing's organisation, or
    the organisation's own address when no account is."""
    memberships = service.organisation.provider_memberships.filter(
        user__is_active=True
    ).select_related("user")
    recipients = [(m.user.email, m.user) for m in memberships if m.user.email]
    if not recipients and service.organisation.email:
        recipients = [(service.organisation.email, None)]
    return recipients


def review_link_token(*, reminder: ReviewReminder, user=None) -> str:
    return signing.dumps(
        {"reminder": reminder.pk, "user": user.pk if user else None}, salt=REVIEW_LINK_SALT
    )


def review_link_reminder(*, token: str) -> tuple[ReviewReminder, object]:
    """The reminder (and the person it was sent to) that a review link stands for."""
    try:
        data = signing.loads(token, salt=REVIEW_LINK_SALT, max_age=REVIEW_LINK_MAX_AGE)
    except signing.SignatureExpired as error:
        raise ReviewLinkError("This link has expired.") from error
    except signing.BadSignature as error:
        raise ReviewLinkError("This link is not valid.") from error
    reminder = (
        ReviewReminder.objects.select_related("service", "service__organisation")
        .filter(pk=data["reminder"])
        .first()
    )
    if reminder is None:
        raise ReviewLinkError("This link is not valid.")
    user = None
    if data["user"]:
        user = reminder.service.organisation.provider_memberships.filter(
            user_id=data["user"]
        ).first()
        user = user.user if user else None
    return reminder, user


@transaction.atomic
def review_link_confirm(*, token: str) -> ListingReview:
    """The provider says the listing is still accurate: record the check, once."""
    reminder, user = review_link_reminder(token=token)
    # Locks the reminder row, so two clicks at once cannot both confirm.
    reminder = ReviewReminder.objects.select_for_update().get(pk=reminder.pk)
    if reminder.confirmed_at:
        raise ReviewLinkError("This link has already been used.")
    review = listing_review_record(
        service=reminder.service.specific, checked_by=CheckedBy.PROVIDER, user=user
    )
    reminder.confirmed_at = review.at
    reminder.review = review
    reminder.save(update_fields=["confirmed_at", "review"])
    return review


def review_reminders_send(*, today: date) -> list[ReviewReminder]:
    """Email each provider the listings that are due for review within 30 days and have not
    been reminded about in this cycle: one email per person, one link per listing."""
    reminders, links = [], defaultdict(list)
    for service in listings_to_remind(today=today).select_related("organisation"):
        recipients = _recipients(service)
        if not recipients:
            continue
        reminder = ReviewReminder(
            service=service,
            due_on=service.review_due,
            sent_to="\n".join(address for address, _user in recipients),
        )
        reminder.full_clean()
        reminder.save()
        reminders.append(reminder)
        root_url = service.get_site().root_url
        for address, user in recipients:
            token = review_link_token(reminder=reminder, user=user)
            path = reverse("directory:review_confirm", kwargs={"token": token})
            links[address].append((service, f"{root_url}{path}"))
    for address, services in links.items():
        send_mail(
            subject=f"{len(services)} Local Offer listing(s) to check",
            # Plain text, rendered by Django's engine: the public site's Jinja2 escapes HTML.
            message=render_to_string(
                "directory/email/review_reminder.txt",
                {"services": services, "today": today, "link_days": REVIEW_LINK_MAX_AGE.days},
                using="django",
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[address],
        )
    return reminders
