"""Listings imported from Open Referral UK feeds and spreadsheets, by the source's own ids."""

from django.db import models
from django.utils import timezone

from directory.models.listings import ServicePage


class ImportSource(models.Model):
    """Where imported listings came from: an Open Referral UK feed or a spreadsheet, and how
    its last reading went (the feed's health)."""

    class Format(models.TextChoices):
        CSV = "csv", "CSV or spreadsheet"
        ORUK = "oruk", "Open Referral UK feed"

    name = models.CharField(
        max_length=500, unique=True, help_text="The feed's address, or the file's name."
    )
    format = models.CharField(max_length=10, choices=Format.choices)
    last_read_at = models.DateTimeField(null=True, blank=True)
    listings_read = models.PositiveIntegerField(default=0)
    listings_rejected = models.PositiveIntegerField(default=0)
    problems = models.JSONField(
        default=list, blank=True, help_text="The last reading's problems, by row and field."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class ImportedListing(models.Model):
    """A listing that came from a source, under the source's own id: importing the source
    again updates the listing instead of adding another."""

    source = models.ForeignKey(ImportSource, on_delete=models.CASCADE, related_name="listings")
    external_id = models.CharField(max_length=255, help_text="The id the source gives it.")
    service = models.ForeignKey(ServicePage, on_delete=models.CASCADE, related_name="imported_from")
    imported_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source", "external_id"], name="one_listing_per_source_id"
            )
        ]

    def __str__(self):
        return f"{self.external_id} from {self.source}"
