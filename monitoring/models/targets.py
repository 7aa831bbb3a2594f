"""The targets the steering group sets for its KPIs."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models

from wagtail.admin.panels import FieldPanel

from monitoring.kpis import KPI_LABELS, PERCENT_KEYS, TARGET_KEYS


class KpiTarget(models.Model):
    """What one KPI should reach (or stay under) in any period the dashboard shows."""

    class Direction(models.TextChoices):
        AT_LEAST = "at_least", "At least"
        AT_MOST = "at_most", "At most"

    kpi = models.CharField(
        "figure",
        max_length=40,
        unique=True,
        choices=[(key, KPI_LABELS[key]) for key in TARGET_KEYS],
    )
    direction = models.CharField(
        max_length=8,
        choices=Direction.choices,
        default=Direction.AT_LEAST,
        help_text="At most for figures that should stay low, such as searches that found nothing.",
    )
    value = models.DecimalField(
        "target",
        max_digits=12,
        decimal_places=1,
        validators=[MinValueValidator(Decimal(0))],
        help_text="For a percentage, a number from 0 to 100.",
    )

    panels = [FieldPanel("kpi"), FieldPanel("direction"), FieldPanel("value")]

    class Meta:
        verbose_name = "KPI target"
        ordering = ["kpi"]

    def __str__(self):
        return f"{self.get_kpi_display()}: {self.describe()}"

    def clean(self):
        if self.kpi in PERCENT_KEYS and self.value is not None and self.value > 100:
            raise ValidationError({"value": "A percentage target is at most 100."})

    def describe(self) -> str:
        """The target as the dashboard says it: "at least 80%"."""
        unit = "%" if self.kpi in PERCENT_KEYS else ""
        return f"{self.get_direction_display().lower()} {self.value.normalize():f}{unit}"

    def is_met(self, figure: float | int) -> bool:
        if self.direction == self.Direction.AT_MOST:
            return figure <= self.value
        return figure >= self.value
