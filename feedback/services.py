"""Writing feedback: what the public sends, and what the steering group does with it."""

from collections.abc import Iterable
from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import Page

from feedback.models import (
    MESSAGE_MAX,
    NOTE_MAX,
    TRYING_TO_DO_MAX,
    WHAT_WENT_WRONG_MAX,
    Feedback,
    FeedbackNote,
    FeedbackSettings,
    Theme,
)
from feedback.safeguarding import suggests_risk
from public_forms.text import clean_public_text, public_path, strip_control_characters

TEXT_FIELDS = ("trying_to_do", "what_went_wrong", "message")
LIMITS = {
    "trying_to_do": TRYING_TO_DO_MAX,
    "what_went_wrong": WHAT_WENT_WRONG_MAX,
    "message": MESSAGE_MAX,
}
_DETAILS_SALT = "feedback.details"
# Long enough to read the page and type a few sentences; short enough that a token found
# later in a browser history cannot be used to rewrite someone's feedback.
DETAILS_TOKEN_MAX_AGE = 60 * 60


def feedback_submit(
    *,
    path: str,
    page: Page | None = None,
    kind: str = Feedback.Kind.PAGE,
    helpful: bool | None = None,
    trying_to_do: str = "",
    what_went_wrong: str = "",
    message: str = "",
    category: str = "",
    respondent: str = "",
) -> Feedback:
    """Store what someone told us, with control characters stripped and personal details
    redacted (in the text and in the query string of `path`), flagged urgent when the text
    suggests a child or young person may be at risk. The length limits apply to what the
    person typed: redaction may lengthen it past them, and then it is shortened with a mark."""
    _check_lengths(trying_to_do=trying_to_do, what_went_wrong=what_went_wrong, message=message)
    feedback = Feedback(
        kind=kind,
        path=public_path(path, max_length=Feedback._meta.get_field("path").max_length),
        page=page,
        helpful=helpful,
        trying_to_do=clean_public_text(trying_to_do, max_length=TRYING_TO_DO_MAX),
        what_went_wrong=clean_public_text(what_went_wrong, max_length=WHAT_WENT_WRONG_MAX),
        message=clean_public_text(message, max_length=MESSAGE_MAX),
        category=category,
        respondent=respondent,
    )
    feedback.urgent = _suggests_risk(feedback)
    feedback.full_clean()
    feedback.save()
    return feedback


def feedback_add_details(
    *, feedback: Feedback, trying_to_do: str = "", what_went_wrong: str = ""
) -> Feedback:
    """Add what went wrong to an answer of "No" (without JavaScript, "No" is sent first and
    the details follow from a second page)."""
    _check_lengths(trying_to_do=trying_to_do, what_went_wrong=what_went_wrong)
    feedback.trying_to_do = clean_public_text(trying_to_do, max_length=TRYING_TO_DO_MAX)
    feedback.what_went_wrong = clean_public_text(what_went_wrong, max_length=WHAT_WENT_WRONG_MAX)
    feedback.urgent = feedback.urgent or _suggests_risk(feedback)
    feedback.full_clean()
    feedback.save(update_fields=["trying_to_do", "what_went_wrong", "urgent"])
    return feedback


def details_token(feedback: Feedback) -> str:
    """A token that lets whoever answered "No" add details to that answer, and nothing else."""
    return signing.dumps(feedback.pk, salt=_DETAILS_SALT)


def feedback_for_details_token(token: str) -> Feedback | None:
    try:
        pk = signing.loads(token, salt=_DETAILS_SALT, max_age=DETAILS_TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    return Feedback.objects.filter(pk=pk, helpful=False, what_went_wrong="").first()


_UNCHANGED = object()


def feedback_update(
    *,
    items: Iterable[Feedback],
    user: AbstractBaseUser,
    status: str | None = None,
    theme: Theme | None | object = _UNCHANGED,
    assignee: AbstractBaseUser | None | object = _UNCHANGED,
) -> int:
    """Set the status, theme and/or assignee of feedback items, recording in each item's
    history what changed from what ("Status: New → In review"). Assigning a new item to
    someone, with no status chosen, puts it in review. Returns how many items changed."""
    common = {}
    if status is not None:
        common["status"] = status
    if theme is not _UNCHANGED:
        common["theme"] = theme
    if assignee is not _UNCHANGED:
        common["assignee"] = assignee
    changed = 0
    with transaction.atomic():
        for feedback in items:
            changes = dict(common)
            assigned = assignee is not None and assignee is not _UNCHANGED
            if assigned and status is None and feedback.status == Feedback.Status.NEW:
                changes["status"] = Feedback.Status.IN_REVIEW
            changes = {
                name: value for name, value in changes.items() if getattr(feedback, name) != value
            }
            if not changes:
                continue
            before = {name: _shown(feedback, name) for name in changes}
            for name, value in changes.items():
                setattr(feedback, name, value)
            feedback.full_clean()
            feedback.save(update_fields=list(changes))
            described = [
                [CHANGE_LABELS[name], before[name], _shown(feedback, name)]
                for name in CHANGE_LABELS
                if name in changes
            ]
            log(feedback, "feedback.change", user=user, data={"changes": described})
            changed += 1
    return changed


# The fields a history entry names, in the order it names them.
CHANGE_LABELS = {"status": "Status", "theme": "Theme", "assignee": "Assignee"}
NOBODY = "–"


def _shown(feedback: Feedback, name: str) -> str:
    """A field's value as staff read it: the status's label, the theme's or person's name."""
    if name == "status":
        return feedback.get_status_display()
    value = getattr(feedback, name)
    if value is None:
        return NOBODY
    if name == "assignee":
        return value.get_full_name() or value.get_username()
    return str(value)


def feedback_add_note(
    *, feedback: Feedback, author: AbstractBaseUser, text: str
) -> FeedbackNote | None:
    """Add a note to an item's thread; earlier notes are never changed. Blank text adds
    nothing. The history records that a note was added, not what it says."""
    text = strip_control_characters(text).strip()
    if not text:
        return None
    if len(text) > NOTE_MAX:
        raise ValidationError({"text": f"Must be {NOTE_MAX} characters or fewer."})
    note = FeedbackNote(feedback=feedback, author=author, text=text)
    note.full_clean()
    note.save()
    log(feedback, "feedback.note", user=author)
    return note


def feedback_purge_text(*, older_than_days: int, now: datetime | None = None) -> int:
    """Blank the free text of feedback older than `older_than_days`, keeping every row (so
    the counts, pages, themes and statuses stay). Returns how many items were blanked."""
    now = now or timezone.now()
    has_text = Q(pk__in=FeedbackNote.objects.exclude(text="").values("feedback"))
    for name in TEXT_FIELDS:
        has_text |= ~Q(**{name: ""})
    with transaction.atomic():
        old = Feedback.objects.filter(created_at__lt=now - timedelta(days=older_than_days))
        purged = old.filter(has_text).update(**dict.fromkeys(TEXT_FIELDS, ""), text_purged_at=now)
        # Notes often quote what the person wrote, so they go with it; who wrote a note and
        # when stays, as the item's counts do.
        FeedbackNote.objects.filter(feedback__in=old).exclude(text="").update(text="")
    return purged


def _check_lengths(**texts: str) -> None:
    errors = {
        name: f"Must be {LIMITS[name]} characters or fewer."
        for name, text in texts.items()
        if len(strip_control_characters(text).strip()) > LIMITS[name]
    }
    if errors:
        raise ValidationError(errors)


def _suggests_risk(feedback: Feedback) -> bool:
    phrases = FeedbackSettings.load().safeguarding_phrases
    return suggests_risk(feedback.text, phrases=phrases)
