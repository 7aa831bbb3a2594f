"""Feedback from Northby families, and the steering group's You said, we did answers, from
demo/data/feedback.yaml.

Everything goes through the same services as real submissions (so the text is redacted and
urgent items are flagged), then gets a date and a place in the moderation workflow.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from demo.content import read
from feedback.models import Feedback, FeedbackSettings, Theme
from feedback.services import feedback_submit
from you_said_we_did.models import Entry, EntryFeedback

Status = Feedback.Status


@dataclass(frozen=True)
class _Said:
    days_ago: int
    path: str
    helpful: bool | None = None
    trying_to_do: str = ""
    what_went_wrong: str = ""
    message: str = ""
    category: str = ""
    respondent: str = ""
    theme: str = ""
    status: str = Status.NEW


@dataclass(frozen=True)
class _Answer:
    days_ago: int
    theme: str
    status: str
    you_said: str
    we_did: str


_DATA = read("feedback")
THEMES = _DATA["themes"]
FEEDBACK = [_Said(**row) for row in _DATA["feedback"]]
ANSWERS = [_Answer(**row) for row in _DATA["answers"]]


def load_demo_feedback(*, today: date) -> None:
    """Themes, settings, feedback and You said, we did entries for the demo."""
    settings = FeedbackSettings.load()
    for field, value in _DATA["settings"].items():
        setattr(settings, field, value)
    settings.full_clean()
    settings.save()

    themes = {
        slug: Theme.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in THEMES.items()
    }
    moderator = get_user_model().objects.filter(username="moderator").first()
    received = []
    for said in FEEDBACK:
        feedback = feedback_submit(
            path=said.path,
            kind=_kind(said),
            helpful=said.helpful,
            trying_to_do=said.trying_to_do,
            what_went_wrong=said.what_went_wrong,
            message=said.message,
            category=said.category,
            respondent=said.respondent,
        )
        Feedback.objects.filter(pk=feedback.pk).update(
            created_at=_moment(today - timedelta(days=said.days_ago)),
            status=said.status,
            theme=themes.get(said.theme),
            assignee=moderator if said.status == Status.IN_REVIEW else None,
        )
        received.append((said.theme, said.status, feedback))

    for answer in ANSWERS:
        entry = Entry(
            you_said=answer.you_said,
            we_did=answer.we_did,
            theme=themes[answer.theme],
            status=answer.status,
            date=today - timedelta(days=answer.days_ago),
        )
        entry.full_clean()
        entry.save()
        EntryFeedback.objects.bulk_create(
            EntryFeedback(entry=entry, feedback=feedback, sort_order=index)
            for index, feedback in enumerate(f for theme, _, f in received if theme == answer.theme)
        )
        # Approved in the demo story; published here without the workflow's steps.
        entry.save_revision(user=moderator).publish()
    # Publishing marks the feedback an entry answers as actioned; the demo keeps some of it
    # in review, as a real inbox would have while an entry is being followed up.
    for _, status, feedback in received:
        Feedback.objects.filter(pk=feedback.pk).update(status=status)


def _kind(said: _Said) -> str:
    if said.message:
        return Feedback.Kind.GENERAL
    return Feedback.Kind.PAGE if said.helpful is not None else Feedback.Kind.PROBLEM


def _moment(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(11, 30)))
