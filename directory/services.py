"""Writes for co-produced listings: the listing workflow, reviews, reminders and the
public's change requests."""

from collections import defaultdict
from datetime import date, datetime, timedelta
from html import escape

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator, slugify

from wagtail.models import (
    Comment,
    Page,
    Revision,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowState,
)

from directory.models import (
    ChangeRequest,
    CheckedBy,
    DirectoryIndexPage,
    ForumCheckTask,
    ListingReview,
    Organisation,
    ReviewReminder,
    ServicePage,
)
from directory.selectors import listings_to_remind
from public_forms.text import clean_public_text, strip_control_characters
from roles.sync import roles_grant_page

LISTING_WORKFLOW = "Listing review"
REVIEW_LINK_SALT = "directory.review-link"
# Long enough to cover a reminder sent 30 days before the due date, and a holiday.
REVIEW_LINK_MAX_AGE = timedelta(days=60)


class ReviewLinkError(Exception):
    """A review link that is not ours, has expired, or has been used."""


def listing_workflow_attach(*, directory: DirectoryIndexPage) -> None:
    """Send changes to listings under `directory` through the listing workflow, and give the
    roles their permissions on it (service providers add and edit listings there, narrowed by
    the provider page permission tester to their own organisations).

    The migrations create the workflow; a database emptied since (as between transactional
    tests) has none, and the directory then simply has no workflow."""
    workflow = Workflow.objects.filter(name=LISTING_WORKFLOW).first()
    if workflow:
        WorkflowPage.objects.get_or_create(page=directory, defaults={"workflow": workflow})
    roles_grant_page(page=directory)


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
            message=_reminder_text(services, today=today),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[address],
        )
    return reminders


def _reminder_text(services: list[tuple[ServicePage, str]], *, today: date) -> str:
    lines = [
        "Hello,",
        "",
        "These listings on the Local Offer are due to be checked. Families rely on them being "
        "right, so please read each one.",
        "",
        "If a listing is still accurate, open its link and press the button: that is all.",
        "If something has changed, sign in to the Local Offer admin and edit the listing, or "
        "use the 'Suggest a change to this service' link on its page.",
        "",
    ]
    for service, link in services:
        due = "overdue" if service.review_due < today else f"due {service.review_due:%-d %B %Y}"
        lines += [
            f"{service.title} ({due})",
            f"  Read it: {service.full_url}",
            f"  Still accurate? {link}",
            "",
        ]
    lines.append(f"Each link works once and expires after {REVIEW_LINK_MAX_AGE.days} days.")
    return "\n".join(lines)


def change_request_submit(
    *,
    service: ServicePage | None,
    suggestion: str,
    what_is_wrong: str = "",
    service_name: str = "",
    organisation_name: str = "",
    contact_name: str = "",
    contact_email: str = "",
    contact_consent: bool = False,
) -> ChangeRequest:
    """A suggestion from the public: a change to `service`, or (with no service) a service
    to add, from the public site or typed in by staff. Contact details are kept only with
    consent; the free text is cleaned and redacted here (`clean_public_text`)."""

    def cleaned(name: str, text: str) -> str:
        return clean_public_text(text, max_length=ChangeRequest._meta.get_field(name).max_length)

    change_request = ChangeRequest(
        service=service,
        what_is_wrong=cleaned("what_is_wrong", what_is_wrong),
        suggestion=cleaned("suggestion", suggestion),
        service_name=cleaned("service_name", service_name),
        organisation_name=cleaned("organisation_name", organisation_name),
        # A name is personal by design, and kept only with consent: control characters go,
        # nothing is redacted.
        contact_name=strip_control_characters(contact_name).strip()[:255]
        if contact_consent
        else "",
        contact_email=contact_email.strip() if contact_consent else "",
        contact_consent=contact_consent,
    )
    change_request.full_clean()
    change_request.save()
    return change_request


def _suggestion_comment(change_request: ChangeRequest) -> str:
    parts = [f"Suggested change (change request {change_request.pk})"]
    if change_request.what_is_wrong:
        parts.append(f"What is wrong: {change_request.what_is_wrong}")
    parts.append(f"What it should say: {change_request.suggestion}")
    return "\n".join(parts)


@transaction.atomic
def change_request_open_draft(
    *,
    change_request: ChangeRequest,
    user,
    directory: DirectoryIndexPage | None = None,
    organisation: Organisation | None = None,
) -> ServicePage:
    """Start applying a suggestion: a draft of the listing (a new draft listing, for a
    service to add) carrying the suggestion as a comment the editor sees in the editor."""
    if change_request.status != ChangeRequest.Status.OPEN:
        raise ValueError("This change request is closed.")
    if change_request.service_id:
        listing = change_request.service.get_latest_revision_as_object()
    else:
        if directory is None or organisation is None:
            raise ValueError("A new listing needs a directory and an organisation.")
        listing = ServicePage(
            title=change_request.service_name,
            slug=_free_slug(directory, change_request.service_name),
            organisation=organisation,
            summary=Truncator(change_request.suggestion).chars(300),
            description="".join(
                f"<p>{escape(paragraph)}</p>"
                for paragraph in change_request.suggestion.split("\n")
                if paragraph.strip()
            ),
            live=False,
            owner=user,
        )
        directory.add_child(instance=listing)
        change_request.service = listing
    listing.wagtail_admin_comments.add(
        Comment(user=user, text=_suggestion_comment(change_request), contentpath="title")
    )
    revision = listing.save_revision(user=user, log_action=True, changed=not listing.live)
    change_request.draft_revision = revision
    change_request.full_clean()
    change_request.save(update_fields=["service", "draft_revision"])
    return listing


def _free_slug(parent: Page, title: str) -> str:
    base = slugify(title)[:240] or "service"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def change_request_close(
    *, change_request: ChangeRequest, user, outcome: ChangeRequest.Outcome, note: str = ""
) -> ChangeRequest:
    """Record what came of a suggestion. The person's contact details go: they were given
    only so that we could reply about it."""
    change_request.status = ChangeRequest.Status.CLOSED
    change_request.contact_name = change_request.contact_email = ""
    change_request.outcome = outcome
    change_request.outcome_note = note
    change_request.closed_at = timezone.now()
    change_request.closed_by = user
    change_request.full_clean()
    change_request.save()
    return change_request
