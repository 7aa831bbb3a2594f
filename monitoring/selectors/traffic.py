"""What the counters hold: page views, referring sites, searches and contact clicks."""

from typing import Any

from django.db.models import Q, Sum
from django.db.models.functions import TruncMonth

from monitoring.models.counters import ContactClickDay, PageViewDay, ReferrerDay, SearchDay
from monitoring.selectors.periods import Period, in_period, months, sum_of


def page_views_total(*, period: Period) -> int:
    return sum_of(in_period(PageViewDay.objects, period))


def page_views_by_month(*, period: Period) -> list[dict[str, Any]]:
    counts = dict(
        in_period(PageViewDay.objects, period)
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
        in_period(PageViewDay.objects, period)
        .values("path")
        .annotate(page_views=Sum("count"))
        .order_by("-page_views", "path")[:limit]
    )
    return [{"path": row["path"], "page_views": row["page_views"]} for row in rows]


def top_referrers(*, period: Period, limit: int = 20) -> list[dict[str, Any]]:
    rows = (
        in_period(ReferrerDay.objects, period)
        .values("domain")
        .annotate(page_views=Sum("count"))
        .order_by("-page_views", "domain")[:limit]
    )
    return [{"site": row["domain"], "page_views": row["page_views"]} for row in rows]


def searches_total(*, period: Period, zero_results: bool | None = None) -> int:
    searches = in_period(SearchDay.objects, period)
    if zero_results is not None:
        searches = searches.filter(zero_results=zero_results)
    return sum_of(searches)


def top_searches(*, period: Period, limit: int = 20) -> list[dict[str, Any]]:
    """Searches with words, most frequent first, however they were filtered."""
    rows = (
        in_period(SearchDay.objects, period)
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
        in_period(SearchDay.objects, period)
        .filter(zero_results=True)
        .values("query", "facets")
        .annotate(searches=Sum("count"))
        .order_by("-searches", "query", "facets")[:limit]
    )
    return [{"words": r["query"], "filters": r["facets"], "searches": r["searches"]} for r in rows]


def contact_clicks_total(*, period: Period) -> int:
    return sum_of(in_period(ContactClickDay.objects, period))


def top_contacted_services(*, period: Period, limit: int = 20) -> list[dict[str, Any]]:
    rows = (
        in_period(ContactClickDay.objects, period)
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
