"""The public's suggestions: a change to a listing, or a service to add, from being sent to
being closed."""

from html import escape

from django.db import transaction
from django.utils import timezone
from django.utils.text import Truncator, slugify

from wagtail.models import (
    Comment,
    Page,
)

from directory.models import (
    ChangeRequest,
    DirectoryIndexPage,
    Organisation,
    ServicePage,
)
from public_forms.text import clean_public_text, strip_control_characters


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
