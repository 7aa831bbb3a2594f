"""Feedback and You Said, We Did. Their models are looked up in the app registry when a KPI
is computed: monitoring reads those apps' data but never imports them."""

import statistics
from collections import Counter
from typing import Any

from django.apps import apps
from django.db.models import Count, DateField, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone

from monitoring.selectors.periods import Period, in_period, months, percent


def _feedback(period: Period) -> QuerySet:
    """Feedback that counts: sent during the period (local dates), spam left out."""
    feedback = apps.get_model("feedback", "Feedback")
    return in_period(feedback.objects.exclude(status="spam"), period, "created_at__date")


def _negative() -> Q:
    """Negative feedback, the "complaints" proxy: a "No" to "Is this page useful?", a
    reported problem with a page, or "A problem" chosen in "Tell us what you think"."""
    return Q(helpful=False) | Q(kind="problem") | Q(category="problem")


def feedback_figures(*, period: Period) -> dict[str, Any]:
    """`feedback_total`: feedback items in the period. `feedback_helpful_pct`: of the items
    answering "Is this page useful?" yes or no, the share answering yes. `negative_feedback`:
    see `_negative`."""
    figures = _feedback(period).aggregate(
        n_total=Count("pk"),
        n_answered=Count("pk", filter=Q(helpful__isnull=False)),
        n_yes=Count("pk", filter=Q(helpful=True)),
        n_negative=Count("pk", filter=_negative()),
    )
    return {
        "feedback_total": figures["n_total"],
        "feedback_helpful_pct": percent(figures["n_yes"], figures["n_answered"]),
        "negative_feedback": figures["n_negative"],
    }


def feedback_by_month(*, period: Period) -> list[dict[str, Any]]:
    rows = {
        row["month"]: row
        for row in _feedback(period)
        .annotate(month=TruncMonth("created_at", output_field=DateField()))
        .values("month")
        .annotate(
            n_answered=Count("pk", filter=Q(helpful__isnull=False)),
            n_yes=Count("pk", filter=Q(helpful=True)),
            n_negative=Count("pk", filter=_negative()),
        )
    }
    result = []
    for month in months(period):
        row = rows.get(month, {"n_answered": 0, "n_yes": 0, "n_negative": 0})
        result.append(
            {
                "month": f"{month:%b %Y}",
                "answered": row["n_answered"],
                "helpful": row["n_yes"],
                "helpful_pct": percent(row["n_yes"], row["n_answered"]),
                "negative": row["n_negative"],
            }
        )
    return result


def page_section(path: str) -> str:
    """The part of the site a path is in: its first segment ("/services/x/" is "services"),
    or "home" for the home page."""
    first = path.strip("/").split("/", 1)[0]
    return first or "home"


def feedback_by_section(*, period: Period) -> list[dict[str, Any]]:
    answered, helpful = Counter(), Counter()
    for path, was_helpful in (
        _feedback(period).filter(helpful__isnull=False).values_list("path", "helpful")
    ):
        section = page_section(path)
        answered[section] += 1
        helpful[section] += was_helpful
    return [
        {
            "section": section,
            "answered": answered[section],
            "helpful": helpful[section],
            "helpful_pct": percent(helpful[section], answered[section]),
        }
        for section in sorted(answered, key=lambda s: (-answered[s], s))
    ]


# You Said, We Did


def published_entries() -> QuerySet:
    """Published entries: the answers the public can read."""
    return apps.get_model("you_said_we_did", "Entry").objects.filter(live=True)


def yswd_by_status(*, period: Period) -> dict[str, int]:
    """Published entries dated in the period, by status, every status present."""
    entry = apps.get_model("you_said_we_did", "Entry")
    counts = dict(
        in_period(published_entries(), period, "date").values_list("status").annotate(n=Count("pk"))
    )
    return {status: counts.get(status, 0) for status in entry.Status.values}


def median_days_feedback_to_action(*, period: Period) -> float | int | None:
    """For each feedback item sent in the period (spam left out) that a published You Said,
    We Did entry answers: the days from the local date it was sent to the date of the
    earliest such entry, counted as 0 if the entry is dated earlier. The median of those, or
    None when no feedback in the period has been answered yet."""
    links = apps.get_model("you_said_we_did", "EntryFeedback").objects.filter(
        entry__in=published_entries(), feedback__in=_feedback(period)
    )
    first_answer: dict[int, tuple] = {}
    for feedback_id, sent, answered in links.values_list(
        "feedback_id", "feedback__created_at", "entry__date"
    ):
        earlier = first_answer.get(feedback_id)
        if earlier is None or answered < earlier[1]:
            first_answer[feedback_id] = (timezone.localdate(sent), answered)
    if not first_answer:
        return None
    return statistics.median(
        max(0, (answered - sent).days) for sent, answered in first_answer.values()
    )


# Mystery shopping
