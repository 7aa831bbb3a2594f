"""Mystery shopping: the tasks volunteers and staff try, the rounds they try them in, and what
they record after each try."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel


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
        # Whole: a task cut mid-phrase can read as another task in the visit form's list.
        return f"{self.persona}: {self.task}"


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
