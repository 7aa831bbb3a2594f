from django.contrib.auth import get_user_model
from django.db.models import Count, Q, QuerySet

from feedback.models import Feedback
from roles.groups import STEERING_GROUP


def urgent_feedback_count() -> int:
    """Urgent feedback nobody has finished with yet."""
    return Feedback.objects.filter(
        urgent=True, status__in=[Feedback.Status.NEW, Feedback.Status.IN_REVIEW]
    ).count()


def feedback_dashboard_summary(*, latest: int = 5) -> dict:
    """What the dashboard panel shows: counts by state and the newest items."""
    counts = Feedback.objects.aggregate(
        new=Count("pk", filter=Q(status=Feedback.Status.NEW)),
        in_review=Count("pk", filter=Q(status=Feedback.Status.IN_REVIEW)),
        urgent=Count(
            "pk",
            filter=Q(urgent=True, status__in=[Feedback.Status.NEW, Feedback.Status.IN_REVIEW]),
        ),
    )
    return {
        "counts": counts,
        "latest": list(
            Feedback.objects.filter(status=Feedback.Status.NEW).order_by("-urgent", "-created_at")[
                :latest
            ]
        ),
    }


def feedback_moderators() -> QuerySet:
    """The people feedback can be assigned to: the steering group's active members."""
    return (
        get_user_model()
        .objects.filter(groups__name=STEERING_GROUP, is_active=True)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def feedback_open_themes() -> list[tuple[int, str, int]]:
    """(theme id, name, open items) for each theme with open feedback, busiest first."""
    return list(
        Feedback.objects.filter(
            status__in=[Feedback.Status.NEW, Feedback.Status.IN_REVIEW], theme__isnull=False
        )
        .values_list("theme", "theme__name")
        .annotate(count=Count("pk"))
        .order_by("-count", "theme__name")
    )
