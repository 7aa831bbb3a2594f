from django.db.models import QuerySet

from feedback.models import Theme
from you_said_we_did.models import Entry


def entries_live() -> QuerySet[Entry]:
    """Published entries, newest first, with their themes."""
    return Entry.objects.filter(live=True).select_related("theme").order_by("-date", "-pk")


def entry_years() -> list[int]:
    """The years that have a published entry, newest first."""
    return sorted({day.year for day in entries_live().values_list("date", flat=True)}, reverse=True)


def entry_themes() -> QuerySet[Theme]:
    """The themes that have a published entry."""
    return Theme.objects.filter(you_said_we_did_entries__live=True).distinct().order_by("name")
