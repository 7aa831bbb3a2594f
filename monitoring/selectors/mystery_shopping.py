"""What mystery shoppers found."""

from typing import Any

from django.conf import settings
from django.db.models import Count, F, Q, QuerySet

from monitoring.models.mystery_shopping import Visit
from monitoring.selectors.periods import Period, in_period, percent, quarter_label, quarters


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
    figures = _visit_figures(in_period(Visit.objects, period, "visited_on"))
    return {
        "mystery_shop_visits": figures["visits"],
        "mystery_shop_positive_pct": figures["positive_pct"],
    }


def mystery_shop_by_quarter(*, period: Period) -> list[dict[str, Any]]:
    return [
        {
            "quarter": quarter_label(q.start),
            **_visit_figures(in_period(Visit.objects, q, "visited_on")),
        }
        for q in quarters(period)
    ]


def mystery_shop_by_scenario(*, period: Period) -> list[dict[str, Any]]:
    rows = (
        in_period(Visit.objects, period, "visited_on")
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
