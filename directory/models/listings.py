"""The directory page and its listings, with their venues, contacts and opening times."""

import calendar
from datetime import date, timedelta
from html import unescape

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from directory.admin_forms import ServicePageForm
from directory.models.open_referral import OpenReferralChild, open_referral_id_field
from directory.models.organisations import Organisation
from directory.models.reviews import CheckedBy, ListingReview
from directory.models.sen_information import SenInformation, sen_information_panels
from directory.models.taxonomy import (
    AccessibilityFeature,
    Area,
    Category,
    DeliveryMethod,
    Language,
    NeedType,
    ReferralRoute,
    ServiceTime,
    SupportLevel,
)
from directory.permissions import directory_permissions_for_user, listing_permissions_for_user
from directory.search_page import directory_search_context
from plain_english.panels import ReadingAgePanel
from search.matching import STALE_AFTER_DAYS
from search.text import index_text

MIN_AGE = 0
MAX_AGE = 25

AGE_VALIDATORS = [MinValueValidator(MIN_AGE), MaxValueValidator(MAX_AGE)]


def add_months(day: date, months: int) -> date:
    """`day` moved on by whole months, kept within the month (31 January + 1 = 28 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


class DirectoryIndexPage(Page):
    """The directory at /services/: it runs the search; its children are the listings."""

    introduction = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["directory.ServicePage"]
    max_count = 1

    class Meta:
        verbose_name = "service directory"

    def permissions_for_user(self, user):
        return directory_permissions_for_user(user, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(directory_search_context(request, directory=self))
        return context


class ServiceStatus(models.TextChoices):
    ACTIVE = "active", "Running"
    TEMPORARILY_CLOSED = "temporarily closed", "Temporarily closed"
    INACTIVE = "inactive", "Not currently running"


class Cost(models.TextChoices):
    FREE = "free", "Free"
    PAID = "paid", "Paid for"
    VARIES = "varies", "Cost varies"


class ServicePage(SenInformation, Page):
    oruk_id = open_referral_id_field()
    status = models.CharField(
        max_length=20, choices=ServiceStatus.choices, default=ServiceStatus.ACTIVE
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="services"
    )
    summary = models.CharField(
        max_length=300, help_text="One or two plain sentences shown in search results."
    )
    description = RichTextField(features=["h2", "h3", "bold", "ol", "ul", "link"])

    needs = ParentalManyToManyField(NeedType, blank=True, related_name="services")
    categories = ParentalManyToManyField(Category, blank=True, related_name="services")
    support_levels = ParentalManyToManyField(SupportLevel, blank=True, related_name="services")
    min_age = models.PositiveSmallIntegerField(default=MIN_AGE, validators=AGE_VALIDATORS)
    max_age = models.PositiveSmallIntegerField(default=MAX_AGE, validators=AGE_VALIDATORS)
    eligibility = RichTextField(
        blank=True,
        features=["bold", "ul", "link"],
        help_text="Who can use the service, beyond age and need.",
    )

    cost = models.CharField(max_length=10, choices=Cost.choices, default=Cost.FREE)
    cost_detail = models.CharField(
        max_length=255, blank=True, help_text="For example: £4 a session, or free with an EHCP."
    )
    delivery_methods = ParentalManyToManyField(DeliveryMethod, blank=True, related_name="services")
    referral_routes = ParentalManyToManyField(ReferralRoute, blank=True, related_name="services")
    how_to_access = RichTextField(
        blank=True,
        features=["bold", "ol", "ul", "link"],
        help_text="What a family does to start: who to ask, forms, waiting times.",
    )
    areas = ParentalManyToManyField(
        Area, blank=True, related_name="services", help_text="Parts of the area the service covers."
    )
    languages = ParentalManyToManyField(
        Language, blank=True, related_name="services", verbose_name="languages spoken"
    )
    accessibility_features = ParentalManyToManyField(
        AccessibilityFeature,
        blank=True,
        related_name="services",
        verbose_name="venue accessibility",
        help_text="What every venue of the service offers; give details on each venue.",
    )
    times = ParentalManyToManyField(
        ServiceTime, blank=True, related_name="services", verbose_name="when it runs"
    )

    phone = models.CharField(max_length=40, blank=True)
    email = models.EmailField(blank=True)
    website = models.URLField(blank=True)
    opening_times_note = models.CharField(
        max_length=255, blank=True, help_text="For example: closed on bank holidays."
    )

    last_reviewed = models.DateField(
        null=True, blank=True, help_text="When the listing was last checked as accurate."
    )
    review_interval_months = models.PositiveSmallIntegerField(
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(36)],
        help_text="How often the listing must be checked, in months.",
    )
    review_due = models.DateField(
        null=True,
        blank=True,
        editable=False,
        db_index=True,
        help_text="When the next check is due: kept from the last check and the interval.",
    )
    needs_forum_check = models.BooleanField(
        default=False,
        verbose_name="Needs the parent carer forum to check changes",
        help_text="Changes to this listing go to the parent carer forum before publishing.",
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("organisation_name"),
        index.SearchField("vocabulary_text"),
        # The directory's own search matches these terms (stemmed, see search.text); the
        # key fields' terms go in the autocomplete column so that they can count for more.
        index.SearchField("search_terms"),
        index.AutocompleteField("search_key_terms"),
        index.FilterField("min_age"),
        index.FilterField("max_age"),
        index.FilterField("cost"),
    ]

    content_panels = [
        *Page.content_panels,
        # A plain list rather than the snippet chooser, whose pop-up would list every
        # organisation to a provider, who may only choose their own.
        FieldPanel("organisation", widget=forms.Select),
        FieldPanel("status"),
        FieldPanel("summary"),
        ReadingAgePanel(heading="Reading age of the summary"),
        FieldPanel("description"),
    ]
    audience_panels = [
        FieldPanel("needs", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")], heading="Ages"),
        FieldPanel("support_levels", widget=forms.CheckboxSelectMultiple),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        FieldPanel("eligibility"),
    ]
    access_panels = [
        FieldPanel("referral_routes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("how_to_access"),
        MultiFieldPanel([FieldPanel("cost"), FieldPanel("cost_detail")], heading="Cost"),
        FieldPanel("delivery_methods", widget=forms.CheckboxSelectMultiple),
        FieldPanel("languages"),
    ]
    where_panels = [
        FieldPanel("areas", widget=forms.CheckboxSelectMultiple),
        InlinePanel("locations", heading="Venues", label="Venue"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")],
            heading="How to get in touch",
        ),
        InlinePanel("contacts", heading="Named contacts", label="Contact"),
        FieldPanel("accessibility_features", widget=forms.CheckboxSelectMultiple),
        FieldPanel("times", widget=forms.CheckboxSelectMultiple),
        InlinePanel("schedules", heading="Opening times", label="Opening time"),
        FieldPanel("opening_times_note"),
    ]
    review_panels = [
        FieldPanel("last_reviewed", read_only=True),
        FieldPanel("review_interval_months", permission="directory.manage_review_settings"),
        FieldPanel("needs_forum_check", permission="directory.manage_review_settings"),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(audience_panels, heading="Who it is for"),
            ObjectList(access_panels, heading="Access and cost"),
            ObjectList(where_panels, heading="Locations and contacts"),
            ObjectList(sen_information_panels, heading="SEN information"),
            ObjectList(review_panels, heading="Review"),
            ObjectList(Page.promote_panels, heading="Promote"),
            # Wagtail's own settings: scheduled publishing, and the comments that carry
            # the public's suggestions into the editor.
            ObjectList(Page.settings_panels, heading="Settings"),
        ]
    )

    base_form_class = ServicePageForm
    parent_page_types = ["directory.DirectoryIndexPage"]
    # A copy is another listing and gets an id of its own.
    exclude_fields_in_copy = ["oruk_id"]
    subpage_types = []
    readability_label = "Listing summary"

    class Meta:
        verbose_name = "service"
        permissions = [
            (
                "manage_review_settings",
                "Can set how often a service is checked and whether the forum checks it",
            )
        ]

    def save(self, *args, **kwargs):
        # Only a full save (creating or publishing) sets the due date: a draft's interval
        # must not move the live listing's next check.
        if kwargs.get("update_fields") is None:
            self.review_due = self.next_review_due()
        return super().save(*args, **kwargs)

    def with_content_json(self, content):
        # Checks are recorded against the listing, not a revision: publishing an older
        # draft must not roll back when the listing was last checked.
        page = super().with_content_json(content)
        page.last_reviewed = self.last_reviewed
        page.review_due = self.review_due
        # Ids belong to the listing too: a revision saved before ids existed, or one copied
        # with the page, must not give the listing or its venues another one.
        page.oruk_id = self.oruk_id
        for relation in ("locations", "contacts", "schedules"):
            current = {child.pk: child.oruk_id for child in getattr(self, relation).all()}
            for child in getattr(page, relation).all():
                if child.pk in current:
                    child.oruk_id = current[child.pk]
        return page

    def permissions_for_user(self, user):
        return listing_permissions_for_user(user, self)

    def latest_review(self) -> "ListingReview | None":
        return self.reviews.first()

    def is_forum_checked(self) -> bool:
        """Whether the parent carer forum approved the version of the listing that is live."""
        return (
            bool(self.live_revision_id)
            and self.reviews.filter(
                checked_by=CheckedBy.FORUM, revision_id=self.live_revision_id
            ).exists()
        )

    def next_review_due(self, *, last_reviewed: date | None = None) -> date:
        """A listing is due `review_interval_months` after its last check; one never checked
        is due from the day it was first published."""
        last_reviewed = last_reviewed or self.last_reviewed
        if last_reviewed:
            return add_months(last_reviewed, self.review_interval_months)
        return timezone.localdate(self.first_published_at or timezone.now())

    def is_long_overdue(self) -> bool:
        """More than six months past its review date: the public is told, and search ranks
        it below up-to-date listings of equal relevance."""
        return bool(self.review_due) and self.review_due < timezone.localdate() - timedelta(
            days=STALE_AFTER_DAYS
        )

    def readable_text(self) -> str:
        # The summary is what families read first, in every list of results.
        return self.summary

    def organisation_name(self) -> str:
        return self.organisation.name if self.organisation_id else ""

    def vocabulary_text(self) -> str:
        """Need, category and support level names as plain text, so a search for "autism"
        finds a service tagged ASD without indexing the relations themselves."""
        terms = [*self.needs.all(), *self.categories.all(), *self.support_levels.all()]
        return " ".join(term.name for term in terms)

    def key_text(self) -> str:
        """What the listing is: its name, needs (with their codes) and kinds of support."""
        needs = [f"{need.code} {need.name}" for need in self.needs.all()]
        return " ".join([self.title, *needs, *(c.name for c in self.categories.all())])

    def full_text(self) -> str:
        """Everything a family might search the listing by."""
        # The fixed vocabularies' descriptions say in families' words what they mean:
        # "step-free access" is for wheelchair users.
        described = [*self.accessibility_features.all(), *self.times.all()]
        vocabularies = [
            *self.support_levels.all(),
            *described,
            *self.languages.all(),
            *self.areas.all(),
        ]
        return " ".join(
            [
                self.key_text(),
                self.summary,
                unescape(strip_tags(self.description)),
                unescape(strip_tags(self.eligibility)),
                self.organisation_name(),
                *(term.name for term in vocabularies),
                *(term.description for term in described),
                *(location.name for location in self.locations.all()),
                *(location.accessibility for location in self.locations.all()),
            ]
        )

    def search_key_terms(self) -> str:
        return index_text(self.key_text())

    def search_terms(self) -> str:
        return index_text(self.full_text())

    @cached_property
    def age_range(self) -> str:
        if self.min_age == self.max_age:
            return f"{self.min_age} years"
        return f"{self.min_age} to {self.max_age} years"

    def clean(self):
        super().clean()
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            raise ValidationError({"max_age": "The oldest age must not be below the youngest."})


class ServiceLocation(OpenReferralChild):
    """A venue where the service is delivered (ORUK: location and service_at_location)."""

    service = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="locations")
    name = models.CharField(max_length=255)
    address = models.TextField(help_text="Street address, one line per part, without postcode.")
    postcode = models.CharField(max_length=10)
    area = models.ForeignKey(
        Area, null=True, blank=True, on_delete=models.SET_NULL, related_name="locations"
    )
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    accessibility = models.TextField(
        blank=True,
        help_text="Step-free access, accessible toilet, hearing loop, quiet room, parking...",
    )

    panels = [
        "name",
        "address",
        "postcode",
        "area",
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading="Map position"),
        "accessibility",
    ]

    def __str__(self):
        return self.name

    @property
    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.address.splitlines() if line.strip()]


class ServiceContact(OpenReferralChild):
    """A named person or team to contact (ORUK: contact with phones)."""

    service = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(max_length=255)
    role = models.CharField(max_length=255, blank=True)
    phone = models.CharField(max_length=40, blank=True)
    email = models.EmailField(blank=True)

    panels = ["name", "role", "phone", "email"]

    def __str__(self):
        return self.name


class Weekday(models.IntegerChoices):
    MONDAY = 1, "Monday"
    TUESDAY = 2, "Tuesday"
    WEDNESDAY = 3, "Wednesday"
    THURSDAY = 4, "Thursday"
    FRIDAY = 5, "Friday"
    SATURDAY = 6, "Saturday"
    SUNDAY = 7, "Sunday"


class ServiceSchedule(OpenReferralChild):
    """When the service is open, one row per day (ORUK: schedule with byday, opens_at,
    closes_at)."""

    service = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="schedules")
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices)
    opens_at = models.TimeField()
    closes_at = models.TimeField()
    note = models.CharField(max_length=100, blank=True, help_text="For example: term time only.")

    panels = [FieldRowPanel(["weekday", "opens_at", "closes_at"]), "note"]

    class Meta(OpenReferralChild.Meta):
        ordering = ["weekday", "opens_at"]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens_at:%H:%M}–{self.closes_at:%H:%M}"
