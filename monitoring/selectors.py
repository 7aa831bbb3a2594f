"""Reads: the KPIs of the action plan, for any period, with exact definitions.

Every period is a pair of dates, both included, in the site's time zone. A percentage is
rounded to one decimal place, and is None (not 0) when there is nothing to divide by.

Feedback and You Said, We Did models are looked up in the app registry when a KPI is
computed: monitoring reads those apps' data but never imports them.
"""

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db.models import Count, DateField, F, Q, QuerySet, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from directory.models import ServicePage
from monitoring.kpis import KPI_KEYS, KPI_LABELS, PERCENT_KEYS

# From the models' own modules, not the package: the package also holds the annual report
# page, which reads its report from here.
from monitoring.models.api_tokens import KpiApiToken
from monitoring.models.counters import ContactClickDay, PageViewDay, ReferrerDay, SearchDay
from monitoring.models.mystery_shopping import Visit
from monitoring.models.targets import KpiTarget


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __post_init__(self):
        if self.start > self.end:
            raise ValueError("A period cannot end before it starts.")


def percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _sum(queryset: QuerySet) -> int:
    return queryset.aggregate(total=Sum("count"))["total"] or 0


def _in(queryset: QuerySet, period: Period, field: str = "day") -> QuerySet:
    return queryset.filter(**{f"{field}__gte": period.start, f"{field}__lte": period.end})


def months_later(first: date, count: int) -> date:
    """The first of the month `count` months after (or before, if negative) `first`."""
    years, month = divmod(first.month - 1 + count, 12)
    return date(first.year + years, month + 1, 1)


def months(period: Period) -> list[date]:
    """The first day of every calendar month the period touches."""
    first, result = period.start.replace(day=1), []
    while first <= period.end:
        result.append(first)
        first = months_later(first, 1)
    return result


def quarters(period: Period) -> list[Period]:
    """Every calendar quarter (January to March, April to June...) the period touches, each
    cut to the part of it inside the period."""
    start, result = date(period.start.year, 3 * ((period.start.month - 1) // 3) + 1, 1), []
    while start <= period.end:
        following = months_later(start, 3)
        result.append(
            Period(max(start, period.start), min(following - timedelta(days=1), period.end))
        )
        start = following
    return result


def quarter_label(day: date) -> str:
    return f"{day.year} Q{(day.month - 1) // 3 + 1}"


# Analytics


def page_views_total(*, period: Period) -> int:
    return _sum(_in(PageViewDay.objects, period))


def page_views_by_month(*, period: Period) -> list[dict[str, Any]]:
    counts = dict(
        _in(PageViewDay.objects, period)
        .annotate(month=TruncMonth("day"))
        .values_list("month")
        .annotate(total=Sum("count"))
        .values_list("month", "total")
    )
    return [
        {"month": f"{month:%b %Y}", "page_views": counts.get(month, 0)} for month in months(period)
    ]


def top_pages(*, period: Period, limit: int = 20) -> list[dict[str, Any]]:
    rows = (
        _in(PageViewDay.objects, period)
        .values("path")
        .annotate(page_views=Sum("count"))
        .order_by("-page_views", "path")[:limit]
    )
    return [{"path": row["path"], "page_views": row["page_views"]} for row in rows]


def top_referrers(*, period: Period, limit: int = 20) -> list[dict[str, Any]]:
    rows = (
        _in(ReferrerDay.objects, period)
        .values("domain")
        .annotate(page_views=Sum("count"))
        .order_by("-page_views", "domain")[:limit]
    )
    return [{"site": row["domain"], "page_views": row["page_views"]} for row in rows]


def searches_total(*, period: Period, zero_results: bool | None = None) -> int:
    searches = _in(SearchDay.objects, period)
    if zero_results is not None:
        searches = searches.filter(zero_results=zero_results)
    return _sum(searches)


def top_searches(*, period: Period, limit: int = 20) -> list[dict[str, Any]]:
    """Searches with words, most frequent first, however they were filtered."""
    rows = (
        _in(SearchDay.objects, period)
        .exclude(query="")
        .values("query")
        .annotate(
            searches=Sum("count"),
            found_nothing=Sum("count", filter=Q(zero_results=True), default=0),
        )
        .order_by("-searches", "query")[:limit]
    )
    return [
        {"words": r["query"], "searches": r["searches"], "found_nothing": r["found_nothing"]}
        for r in rows
    ]


def zero_result_searches(*, period: Period, limit: int = 20) -> list[dict[str, Any]]:
    """Searches that found nothing, by words and filters: the gaps families meet."""
    rows = (
        _in(SearchDay.objects, period)
        .filter(zero_results=True)
        .values("query", "facets")
        .annotate(searches=Sum("count"))
        .order_by("-searches", "query", "facets")[:limit]
    )
    return [{"words": r["query"], "filters": r["facets"], "searches": r["searches"]} for r in rows]


def contact_clicks_total(*, period: Period) -> int:
    return _sum(_in(ContactClickDay.objects, period))


def top_contacted_services(*, period: Period, limit: int = 20) -> list[dict[str, Any]]:
    rows = (
        _in(ContactClickDay.objects, period)
        .values("service__title")
        .annotate(
            phone=Sum("count", filter=Q(kind="phone"), default=0),
            email=Sum("count", filter=Q(kind="email"), default=0),
            website=Sum("count", filter=Q(kind="website"), default=0),
            clicks=Sum("count"),
        )
        .order_by("-clicks", "service__title")[:limit]
    )
    return [
        {
            "service": r["service__title"] or "(deleted service)",
            "phone": r["phone"],
            "email": r["email"],
            "website": r["website"],
            "clicks": r["clicks"],
        }
        for r in rows
    ]


# Feedback


def _feedback(period: Period) -> QuerySet:
    """Feedback that counts: sent during the period (local dates), spam left out."""
    feedback = apps.get_model("feedback", "Feedback")
    return _in(feedback.objects.exclude(status="spam"), period, "created_at__date")


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


def _entries() -> QuerySet:
    """Published entries: the answers the public can read."""
    return apps.get_model("you_said_we_did", "Entry").objects.filter(live=True)


def yswd_by_status(*, period: Period) -> dict[str, int]:
    """Published entries dated in the period, by status, every status present."""
    entry = apps.get_model("you_said_we_did", "Entry")
    counts = dict(_in(_entries(), period, "date").values_list("status").annotate(n=Count("pk")))
    return {status: counts.get(status, 0) for status in entry.Status.values}


def median_days_feedback_to_action(*, period: Period) -> float | int | None:
    """For each feedback item sent in the period (spam left out) that a published You Said,
    We Did entry answers: the days from the local date it was sent to the date of the
    earliest such entry, counted as 0 if the entry is dated earlier. The median of those, or
    None when no feedback in the period has been answered yet."""
    links = apps.get_model("you_said_we_did", "EntryFeedback").objects.filter(
        entry__in=_entries(), feedback__in=_feedback(period)
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


def _positive() -> Q:
    """A positive outcome: found, information accurate, within the scenario's target time
    (times `MYSTERY_SHOP_TIME_ALLOWANCE`) and rated at least `MYSTERY_SHOP_POSITIVE_MIN_EASE`
    out of 5 for ease."""
    return Q(
        outcome=Visit.Outcome.FOUND,
        information_accurate=True,
        ease__gte=settings.MYSTERY_SHOP_POSITIVE_MIN_EASE,
        minutes_taken__lte=F("scenario__target_minutes") * settings.MYSTERY_SHOP_TIME_ALLOWANCE,
    )


def _visit_figures(visits: QuerySet) -> dict[str, Any]:
    figures = visits.aggregate(visits=Count("pk"), positive=Count("pk", filter=_positive()))
    return {**figures, "positive_pct": percent(figures["positive"], figures["visits"])}


def mystery_shop_figures(*, period: Period) -> dict[str, Any]:
    figures = _visit_figures(_in(Visit.objects, period, "visited_on"))
    return {
        "mystery_shop_visits": figures["visits"],
        "mystery_shop_positive_pct": figures["positive_pct"],
    }


def mystery_shop_by_quarter(*, period: Period) -> list[dict[str, Any]]:
    return [
        {"quarter": quarter_label(q.start), **_visit_figures(_in(Visit.objects, q, "visited_on"))}
        for q in quarters(period)
    ]


def mystery_shop_by_scenario(*, period: Period) -> list[dict[str, Any]]:
    rows = (
        _in(Visit.objects, period, "visited_on")
        .values("scenario__persona", "scenario__task", "scenario__target_minutes")
        .annotate(visits=Count("pk"), positive=Count("pk", filter=_positive()))
        .order_by("scenario__persona", "scenario__task")
    )
    return [
        {
            "scenario": f"{r['scenario__persona']}: {r['scenario__task']}",
            "target_minutes": r["scenario__target_minutes"],
            "visits": r["visits"],
            "positive": r["positive"],
            "positive_pct": percent(r["positive"], r["visits"]),
        }
        for r in rows
    ]


# Listings


def listings_overdue_review(*, period: Period, today: date | None = None) -> int:
    """Live listings whose next check was due before the end of the period (or before today,
    if the period runs on into the future). Review dates move on when a listing is checked,
    so for a past period this is how many of today's listings were already overdue then."""
    as_of = min(period.end, today or timezone.localdate())
    return ServicePage.objects.live().filter(review_due__lt=as_of).count()


# All together


def kpi_summary(*, period: Period, today: date | None = None) -> dict[str, Any]:
    """Every KPI for the period, under the keys of `KPI_KEYS`."""
    return {
        "page_views": page_views_total(period=period),
        "searches": searches_total(period=period),
        "zero_result_searches": searches_total(period=period, zero_results=True),
        "contact_clicks": contact_clicks_total(period=period),
        **feedback_figures(period=period),
        **mystery_shop_figures(period=period),
        "listings_overdue_review": listings_overdue_review(period=period, today=today),
        "yswd_by_status": yswd_by_status(period=period),
        "median_days_feedback_to_action": median_days_feedback_to_action(period=period),
    }


def kpi_targets() -> dict[str, KpiTarget]:
    """The steering group's target for each KPI that has one, by key."""
    return {target.kpi: target for target in KpiTarget.objects.all()}


def kpi_change(key: str, current, previous) -> str:
    """How a figure moved since the previous period, in words a reader can check: points for
    percentages, a percentage for counts."""
    if current is None or previous is None:
        return "No comparison"
    if key in PERCENT_KEYS:
        points = round(current - previous, 1)
        return f"{points:+g} points" if points else "No change"
    if key == "median_days_feedback_to_action":
        days = current - previous
        return f"{days:+g} days" if days else "No change"
    if previous == 0:
        return "No comparison" if current else "No change"
    change = round(100 * (current - previous) / previous)
    return f"{change:+d}%" if change else "No change"


def annual_report(*, year: int, today: date | None = None) -> dict[str, Any]:
    """The figures for the annual report of `year`, beside those of the year before."""
    this_year = Period(date(year, 1, 1), date(year, 12, 31))
    last_year = Period(date(year - 1, 1, 1), date(year - 1, 12, 31))
    current = kpi_summary(period=this_year, today=today)
    previous = kpi_summary(period=last_year, today=today)
    rows = [
        {
            "label": KPI_LABELS[key],
            "current": current[key],
            "previous": previous[key],
            "change": kpi_change(key, current[key], previous[key]),
            "percent": key in PERCENT_KEYS,
        }
        for key in KPI_KEYS
        if key != "yswd_by_status"
    ]
    highlights = (
        _in(_entries(), this_year, "date")
        .filter(status="done")
        .select_related("theme")
        .order_by("-date", "-pk")[:6]
    )
    return {
        "year": year,
        "previous_year": year - 1,
        "rows": rows,
        "yswd_by_status": _status_rows(current["yswd_by_status"], previous["yswd_by_status"]),
        "page_views_by_month": page_views_by_month(period=this_year),
        "feedback_by_month": feedback_by_month(period=this_year),
        "mystery_shop_by_quarter": mystery_shop_by_quarter(period=this_year),
        "highlights": list(highlights),
    }


def _status_rows(current: dict[str, int], previous: dict[str, int]) -> list[dict[str, Any]]:
    labels = dict(apps.get_model("you_said_we_did", "Entry").Status.choices)
    return [
        {"status": labels[status], "current": count, "previous": previous.get(status, 0)}
        for status, count in current.items()
    ]


def kpi_api_token_user(*, token: str):
    """The active person a KPI API token belongs to, or None. Whether they may still read
    the KPIs is for the caller to ask."""
    found = (
        KpiApiToken.objects.select_related("user")
        .filter(digest=KpiApiToken.digest_of(token))
        .first()
    )
    if found is None or not found.user.is_active:
        return None
    return found.user


def kpi_api_token_of(*, user) -> KpiApiToken | None:
    return KpiApiToken.objects.filter(user=user).first()
