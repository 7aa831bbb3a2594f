"""Every KPI of a period at once, the change since the period before, the targets, and the
annual report's figures for a year."""

from datetime import date
from typing import Any

from django.apps import apps
from django.utils import timezone

from directory.models import ServicePage
from monitoring.kpis import KPI_KEYS, KPI_LABELS, PERCENT_KEYS
from monitoring.models.targets import KpiTarget
from monitoring.selectors.feedback import (
    feedback_by_month,
    feedback_figures,
    median_days_feedback_to_action,
    published_entries,
    yswd_by_status,
)
from monitoring.selectors.mystery_shopping import mystery_shop_by_quarter, mystery_shop_figures
from monitoring.selectors.periods import Period, in_period
from monitoring.selectors.traffic import (
    contact_clicks_total,
    page_views_by_month,
    page_views_total,
    searches_total,
)


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
        in_period(published_entries(), this_year, "date")
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
