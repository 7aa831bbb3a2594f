"""Analytics: daily aggregates, one row per item per day, counted with `F("count") + 1`,
holding nothing about who made them: no IP address, no user agent, no cookie."""

from django.db import models

from directory.contact import ContactKind

DASHBOARD_PERMISSION = "monitoring.view_dashboard"


class PageViewDay(models.Model):
    """Views of one public page on one day."""

    path = models.CharField(max_length=255)
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        # Django permissions hang off a model: the dashboard's lives with the first counter.
        permissions = [("view_dashboard", "Can see the monitoring dashboard and KPIs")]
        constraints = [models.UniqueConstraint(fields=["path", "day"], name="unique_page_view_day")]
        indexes = [models.Index(fields=["day"])]

    def __str__(self):
        return f"{self.path} on {self.day}: {self.count}"


class SearchDay(models.Model):
    """Directory searches on one day with the same words and facets, and whether they found
    nothing. `result_count` is the number of results the latest of them found."""

    query = models.CharField(max_length=100, blank=True, help_text="Normalised and scrubbed.")
    facets = models.CharField(max_length=255, blank=True, help_text='As in "age:6 need:asd".')
    day = models.DateField()
    zero_results = models.BooleanField(default=False)
    result_count = models.PositiveIntegerField(default=0)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["query", "facets", "zero_results", "day"], name="unique_search_day"
            )
        ]
        indexes = [models.Index(fields=["day"])]

    def __str__(self):
        return f"{self.query or '(no words)'} on {self.day}: {self.count}"


class ContactClickDay(models.Model):
    """Clicks on a service's phone number, email address or website on one day."""

    # SET_NULL keeps a deleted service's clicks in past years' totals.
    service = models.ForeignKey(
        "directory.ServicePage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=10, choices=ContactKind.choices)
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["service", "kind", "day"], name="unique_contact_click_day"
            )
        ]
        indexes = [models.Index(fields=["day"])]

    def __str__(self):
        return f"{self.kind} for service {self.service_id} on {self.day}: {self.count}"


class ReferrerDay(models.Model):
    """Page views on one day that arrived from a link on another site, by its host name."""

    domain = models.CharField(max_length=255)
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["domain", "day"], name="unique_referrer_day")
        ]
        indexes = [models.Index(fields=["day"])]

    def __str__(self):
        return f"{self.domain} on {self.day}: {self.count}"
