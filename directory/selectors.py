"""Reads for co-produced listings: what is due for review, who checked a listing last."""

from datetime import date, timedelta

from django.db.models import Exists, OuterRef, QuerySet

from directory.models import ReviewReminder, ServicePage

DUE_SOON_DAYS = 30


def listings_due_for_review(*, today: date, within_days: int = DUE_SOON_DAYS) -> QuerySet:
    """Live listings whose next check falls before `within_days` from today, overdue first."""
    return (
        ServicePage.objects.live()
        .filter(review_due__lte=today + timedelta(days=within_days))
        .select_related("organisation")
        .order_by("review_due", "title")
    )


def listings_to_remind(*, today: date) -> QuerySet:
    """Listings due within the reminder window that have had no reminder this cycle."""
    reminded = ReviewReminder.objects.filter(service=OuterRef("pk"), due_on=OuterRef("review_due"))
    return listings_due_for_review(today=today).exclude(Exists(reminded))
