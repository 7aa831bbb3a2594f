"""Periods: pairs of dates, both included, in the site's time zone, and the months and
quarters they span. A percentage is rounded to one decimal place, and is None (not 0) when
there is nothing to divide by."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import QuerySet, Sum


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __post_init__(self):
        if self.start > self.end:
            raise ValueError("A period cannot end before it starts.")


def percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def sum_of(queryset: QuerySet) -> int:
    return queryset.aggregate(total=Sum("count"))["total"] or 0


def in_period(queryset: QuerySet, period: Period, field: str = "day") -> QuerySet:
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
