"""What the steering group measures. Analytics are daily aggregates (one row per item per day,
counted with `F("count") + 1`) holding nothing about who made them: no IP address, no user
agent, no cookie. Mystery shopping is what volunteers and staff record after trying a task."""

import hashlib
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.blocks import CharBlock, RichTextBlock, StructBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

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


class ContactKind(models.TextChoices):
    PHONE = "phone", "Phone"
    EMAIL = "email", "Email"
    WEBSITE = "website", "Website"


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


class Scenario(models.Model):
    """A task a mystery shopper tries, as a real family would."""

    persona = models.CharField(
        max_length=200, help_text='Who the shopper plays, as in "parent of a six-year-old".'
    )
    task = models.TextField(
        max_length=600,
        help_text=(
            'What they try to do, as in "find a speech and language service for a six-year-old '
            'in the north of the area".'
        ),
    )
    answer_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page or service that answers the task.",
    )
    target_minutes = models.PositiveSmallIntegerField(
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text="How long it should take, in minutes.",
    )

    panels = [
        FieldPanel("persona"),
        FieldPanel("task"),
        PageChooserPanel("answer_page"),
        FieldPanel("target_minutes"),
    ]

    class Meta:
        ordering = ["persona", "pk"]

    def __str__(self):
        return f"{self.persona}: {self.task[:60]}"


def _campaign_token() -> str:
    return secrets.token_urlsafe(24)


class MysteryShopCampaign(models.Model):
    """A round of mystery shopping. Volunteers record visits through the campaign's secret
    link while it is open, so they need no account."""

    name = models.CharField(max_length=120)
    token = models.CharField(
        max_length=64,
        unique=True,
        default=_campaign_token,
        editable=False,
        help_text="The secret in the volunteers' link.",
    )
    starts_on = models.DateField(default=timezone.localdate)
    ends_on = models.DateField()
    scenarios = models.ManyToManyField(Scenario, related_name="campaigns")

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")], heading="Link open"),
        FieldPanel("scenarios"),
    ]

    class Meta:
        verbose_name = "mystery shopping campaign"
        ordering = ["-starts_on", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": "The link must close on or after the day it opens."})

    def is_open(self, *, on=None) -> bool:
        on = on or timezone.localdate()
        return self.starts_on <= on <= self.ends_on

    def volunteer_url(self) -> str:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "monitoring:volunteer_visit", args=[self.token]
        )

    volunteer_url.short_description = "Volunteers' link"


class Visit(models.Model):
    """One try at a scenario by a mystery shopper."""

    class ShopperType(models.TextChoices):
        PARENT_CARER = "parent_carer", "Parent carer"
        YOUNG_PERSON = "young_person", "Young person"
        PROFESSIONAL = "professional", "Professional"
        FORUM_VOLUNTEER = "forum_volunteer", "Parent carer forum volunteer"

    class Device(models.TextChoices):
        PHONE = "phone", "Phone"
        TABLET = "tablet", "Tablet"
        COMPUTER = "computer", "Computer"

    class Outcome(models.TextChoices):
        FOUND = "found", "Found it"
        PARTLY = "partly", "Found some of it"
        NOT_FOUND = "not_found", "Did not find it"

    campaign = models.ForeignKey(
        MysteryShopCampaign,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="visits",
    )
    scenario = models.ForeignKey(Scenario, on_delete=models.PROTECT, related_name="visits")
    visited_on = models.DateField(default=timezone.localdate, db_index=True)
    shopper_type = models.CharField(max_length=16, choices=ShopperType.choices)
    device = models.CharField(max_length=10, choices=Device.choices)
    assistive_technology = models.CharField(
        max_length=200, blank=True, help_text="For example a screen reader or magnifier."
    )
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    minutes_taken = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(0), MaxValueValidator(600)]
    )
    ease = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text="1 is very hard, 5 is very easy.",
    )
    information_accurate = models.BooleanField()
    accessibility_problems = models.TextField(max_length=1200, blank=True)
    comments = models.TextField(max_length=2000, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    panels = [
        FieldPanel("campaign"),
        FieldPanel("scenario"),
        FieldPanel("visited_on"),
        FieldRowPanel([FieldPanel("shopper_type"), FieldPanel("device")]),
        FieldPanel("assistive_technology"),
        MultiFieldPanel(
            [
                FieldPanel("outcome"),
                FieldPanel("minutes_taken"),
                FieldPanel("ease"),
                FieldPanel("information_accurate"),
            ],
            heading="How it went",
        ),
        FieldPanel("accessibility_problems"),
        FieldPanel("comments"),
    ]

    class Meta:
        verbose_name = "mystery shopping visit"
        ordering = ["-visited_on", "-pk"]

    def __str__(self):
        return f"{self.get_shopper_type_display()} on {self.visited_on}: {self.scenario.persona}"

    @property
    def is_positive(self) -> bool:
        """Found, accurate, within the target time and rated easy enough (see
        `MYSTERY_SHOP_POSITIVE_MIN_EASE` and `MYSTERY_SHOP_TIME_ALLOWANCE`)."""
        allowed = self.scenario.target_minutes * settings.MYSTERY_SHOP_TIME_ALLOWANCE
        return (
            self.outcome == self.Outcome.FOUND
            and self.information_accurate
            and self.minutes_taken <= allowed
            and self.ease >= settings.MYSTERY_SHOP_POSITIVE_MIN_EASE
        )


class ReportSectionBlock(StructBlock):
    heading = CharBlock(max_length=120)
    body = RichTextBlock(features=["h3", "bold", "ol", "ul", "link"])

    class Meta:
        icon = "doc-full"
        template = "monitoring/blocks/report_section.html"


class AnnualReportPage(Page):
    """The Local Offer annual report (action 3.1.7): the year's KPIs beside the year before,
    You Said, We Did highlights, and sections the steering group writes."""

    year = models.PositiveSmallIntegerField(
        unique=True, validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    introduction = RichTextField(blank=True, features=["bold", "ul", "link"])
    sections = StreamField(
        [("section", ReportSectionBlock())],
        blank=True,
        help_text="For example: upcoming campaigns, key topics of the year.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("year"),
        FieldPanel("introduction"),
        FieldPanel("sections"),
    ]

    parent_page_types = ["localoffer.HomePage"]
    subpage_types = []
    template = "monitoring/annual_report_page.html"

    class Meta:
        verbose_name = "annual report"

    def get_context(self, request, *args, **kwargs):
        # Imported here because the selectors import this module.
        from monitoring.charts import annual_report_charts
        from monitoring.selectors import annual_report

        context = super().get_context(request, *args, **kwargs)
        report = annual_report(year=self.year)
        context.update(report=report, charts=annual_report_charts(report))
        return context


class KpiApiToken(models.Model):
    """A person's key to the KPI API, for a machine that reads the KPIs as them. Only the
    SHA-256 digest of the token is kept: the token itself is shown once, when it is made. A
    token is 256 random bits, so its plain digest cannot be reversed by guessing, as a
    password's could, and it can be looked up directly."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="kpi_api_token"
    )
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "KPI API token"

    def __str__(self):
        return f"KPI API token of {self.user} made {self.created_at:%Y-%m-%d}"

    @staticmethod
    def digest_of(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()
