"""Writes for You said, we did entries."""

from django.contrib.auth.models import AbstractBaseUser

from feedback.models import Feedback
from feedback.services import feedback_update
from you_said_we_did.models import Entry


def entry_feedback_mark_actioned(*, entry: Entry, user: AbstractBaseUser | None) -> int:
    """An entry answering feedback went live: that feedback has been acted on. Returns how
    many items changed (spam and items already closed are left as they are)."""
    items = Feedback.objects.filter(
        you_said_we_did_links__entry=entry,
        status__in=[Feedback.Status.NEW, Feedback.Status.IN_REVIEW],
    )
    return feedback_update(items=list(items), user=user, status=Feedback.Status.ACTIONED)
