from django.db.models import QuerySet
from django.utils.text import Truncator

from feedback.models import Theme
from search.matching import Reading
from search.site import SiteHit
from you_said_we_did.models import Entry


def entries_matching(text: str, readings: list[Reading]) -> list[SiteHit]:
    """Live entries with most of the words of any reading of a search, newest first. There
    are dozens, not thousands: matching them in Python keeps the directory's policy."""
    return [
        SiteHit(str(entry), entry.get_absolute_url(), Truncator(entry.we_did).words(30))
        for entry in entries_live()
        if any(reading.matches(f"{entry.you_said} {entry.we_did}") for reading in readings)
    ]


def entries_live() -> QuerySet[Entry]:
    """Published entries, newest first, with their themes."""
    return Entry.objects.filter(live=True).select_related("theme").order_by("-date", "-pk")


def entry_years() -> list[int]:
    """The years that have a published entry, newest first."""
    return sorted({day.year for day in entries_live().values_list("date", flat=True)}, reverse=True)


def entry_themes() -> QuerySet[Theme]:
    """The themes that have a published entry."""
    return Theme.objects.filter(you_said_we_did_entries__live=True).distinct().order_by("name")
