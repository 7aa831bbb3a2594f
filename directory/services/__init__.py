"""Writes for co-produced listings, one module per subject: the listing workflow, checks
that listings are accurate (reviews and reminders), and the public's change requests. Every
name is importable from `directory.services`."""

from directory.services.change_requests import (
    change_request_close,
    change_request_open_draft,
    change_request_submit,
)
from directory.services.reviews import (
    REVIEW_LINK_MAX_AGE,
    REVIEW_LINK_SALT,
    ReviewLinkError,
    listing_review_record,
    review_link_confirm,
    review_link_reminder,
    review_link_token,
    review_reminders_send,
    workflow_reviews_record,
)
from directory.services.workflow import LISTING_WORKFLOW, listing_workflow_attach

__all__ = [
    "LISTING_WORKFLOW",
    "REVIEW_LINK_MAX_AGE",
    "REVIEW_LINK_SALT",
    "ReviewLinkError",
    "change_request_close",
    "change_request_open_draft",
    "change_request_submit",
    "listing_review_record",
    "listing_workflow_attach",
    "review_link_confirm",
    "review_link_reminder",
    "review_link_token",
    "review_reminders_send",
    "workflow_reviews_record",
]
