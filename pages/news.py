"""Reads for news and events."""

from datetime import date

from django.db.models import QuerySet
from django.utils import timezone

from wagtail.models import Page

from pages.models.news import EventPage, NewsPage


def news_live(*, index: Page | None = None) -> QuerySet[NewsPage]:
    """Published news, newest first; under `index` when given."""
    news = NewsPage.objects.live().public()
    if index is not None:
        news = news.child_of(index)
    return news.order_by("-date", "-first_published_at")


def upcoming_events(
    *,
    index: Page | None = None,
    month: date | None = None,
    topic: str = "",
    age: int | None = None,
) -> QuerySet[EventPage]:
    """Published events that have not yet ended, soonest first, optionally only those that
    start in `month`, are about `topic`, or welcome someone aged `age`."""
    events = EventPage.objects.live().public().filter(ends_at__gte=timezone.now())
    if index is not None:
        events = events.child_of(index)
    if month is not None:
        events = events.filter(starts_at__year=month.year, starts_at__month=month.month)
    if topic:
        events = events.filter(topic=topic)
    if age is not None:
        events = events.filter(min_age__lte=age, max_age__gte=age)
    return events.order_by("starts_at", "pk").prefetch_related("needs")


def past_events(*, index: Page | None = None) -> QuerySet[EventPage]:
    """Published events that have ended, the most recent first."""
    events = EventPage.objects.live().public().filter(ends_at__lt=timezone.now())
    if index is not None:
        events = events.child_of(index)
    return events.order_by("-starts_at", "-pk").prefetch_related("needs")


def events_live(*, index: Page | None = None) -> QuerySet[EventPage]:
    """Every published event, past ones too, the latest to start first: what the feed lists."""
    events = EventPage.objects.live().public()
    if index is not None:
        events = events.child_of(index)
    return events.order_by("-starts_at", "-pk")


def whats_new(*, limit: int = 3) -> list[NewsPage]:
    """The latest news for the home page."""
    return list(news_live()[:limit])
