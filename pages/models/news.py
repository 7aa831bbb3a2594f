"""News and events: the pages themselves. The pages that list them are in `news_indexes`."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from pages.blocks import ContentStreamBlock
from pages.choices import Topic
from pages.models.sections import EasyReadMixin
from plain_english.panels import ReadingAgePanel
from plain_english.readability import stream_text


class NewsPage(EasyReadMixin, Page):
    date = models.DateField(
        default=timezone.localdate, help_text="Shown on the page; news is listed by it."
    )
    topic = models.CharField(max_length=30, choices=Topic.choices)
    summary = models.CharField(
        max_length=300, help_text="Shown in lists, feeds and on the home page."
    )
    body = StreamField(ContentStreamBlock())

    content_panels = [
        *Page.content_panels,
        ReadingAgePanel(heading="Reading age"),
        FieldPanel("date"),
        FieldPanel("topic"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields]
    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []
    readability_label = "News"

    class Meta:
        db_table = "localoffer_newspage"
        verbose_name = "news"
        verbose_name_plural = "news"

    def readable_text(self) -> str:
        return f"{self.summary}\n{stream_text(self.body)}"


class EventPage(Page):
    starts_at = models.DateTimeField("starts")
    ends_at = models.DateTimeField("ends")
    venue = models.TextField(
        blank=True, help_text="The place's name and address, one part to a line."
    )
    online = models.BooleanField(
        default=False, help_text="People can join online (say how in the description)."
    )
    cost = models.CharField(max_length=100, default="Free")
    booking_url = models.URLField(
        "booking link", blank=True, help_text="Leave empty if people can just turn up."
    )
    min_age = models.PositiveSmallIntegerField(
        "youngest age", default=0, validators=[MaxValueValidator(25)]
    )
    max_age = models.PositiveSmallIntegerField(
        "oldest age", default=25, validators=[MaxValueValidator(25)]
    )
    needs = ParentalManyToManyField(
        "directory.NeedType",
        blank=True,
        related_name="+",
        help_text="Leave empty when the event is for every need.",
    )
    topic = models.CharField(max_length=30, choices=Topic.choices)
    summary = models.CharField(max_length=300, help_text="Shown in lists and feeds.")
    body = StreamField(ContentStreamBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(["starts_at", "ends_at"], heading="When"),
        MultiFieldPanel(["venue", "online"], heading="Where"),
        MultiFieldPanel(["min_age", "max_age", "needs"], heading="Who it is for"),
        FieldPanel("topic"),
        FieldPanel("cost"),
        FieldPanel("booking_url"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields]
    parent_page_types = ["pages.EventIndexPage"]
    subpage_types = []

    class Meta:
        db_table = "localoffer_eventpage"
        verbose_name = "event"

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = "An event cannot end before it starts."
        if self.min_age is not None and self.max_age is not None and self.max_age < self.min_age:
            errors["max_age"] = "The oldest age cannot be below the youngest."
        if not self.venue.strip() and not self.online:
            errors["venue"] = "Say where the event is, or that it is online."
        if errors:
            raise ValidationError(errors)

    @property
    def is_past(self) -> bool:
        return self.ends_at < timezone.now()

    @property
    def when(self) -> str:
        """In local time, GOV.UK style: "Saturday 5 December 2026, 10am to 12:30pm"; the end
        date is given too when the event runs over more than one day."""
        starts, ends = timezone.localtime(self.starts_at), timezone.localtime(self.ends_at)
        start_day = f"{starts:%A} {starts.day} {starts:%B %Y}"
        if starts.date() == ends.date():
            return f"{start_day}, {_clock(starts)} to {_clock(ends)}"
        return f"{start_day}, {_clock(starts)} to {ends:%A} {ends.day} {ends:%B %Y}, {_clock(ends)}"

    @property
    def ages(self) -> str:
        return f"{self.min_age} to {self.max_age}"

    @property
    def where(self) -> str:
        place = ", ".join(line.strip() for line in self.venue.splitlines() if line.strip())
        if place and self.online:
            return f"{place}, or online"
        return place or "Online"


def _clock(moment) -> str:
    if moment.hour == 12 and moment.minute == 0:
        return "midday"
    hour = moment.hour % 12 or 12
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes}{'am' if moment.hour < 12 else 'pm'}"
