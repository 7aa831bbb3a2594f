"""Service listings and the vocabulary that describes them.

Field names follow Open Referral UK 3.0 where it has the concept (service status, eligibility,
cost options, schedules, service at location, contacts, languages, accessibility, taxonomy
terms), so publishing the directory as ORUK is a mapping rather than a migration.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property

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
from wagtail.models import Orderable, Page
from wagtail.search import index

MIN_AGE = 0
MAX_AGE = 25
AGE_VALIDATORS = [MinValueValidator(MIN_AGE), MaxValueValidator(MAX_AGE)]


class Term(models.Model):
    """A term in one of the directory's vocabularies: its slug is the value in search URLs."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.CharField(max_length=255, blank=True)
    sort_order = models.PositiveSmallIntegerField(
        default=0, help_text="Lower numbers are listed first; equal numbers are listed by name."
    )

    panels = ["name", "slug", "description", "sort_order"]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class NeedType(Term):
    """A kind of special educational need or disability. Codes are those of the DfE SEN2
    return (ASD, SLCN, ...); editors may add others such as ADHD."""

    code = models.CharField(
        max_length=10,
        unique=True,
        help_text="Short code used in search addresses, for example SLCN or ASD.",
    )

    panels = ["code", "name", "slug", "description", "sort_order"]

    class Meta(Term.Meta):
        verbose_name = "need"


class Category(Term):
    """The kind of support a service gives: health, education, short breaks, leisure..."""

    class Meta(Term.Meta):
        verbose_name_plural = "categories"


class SupportLevel(Term):
    """A step of the graduated approach, from mainstream provision to independent specialist."""

    class Meta(Term.Meta):
        verbose_name = "support level"


class Area(Term):
    """A part of the local area that a service covers or where a venue stands."""


class DeliveryMethod(Term):
    """How a service is delivered: in person, online, by phone, by home visit."""

    class Meta(Term.Meta):
        verbose_name = "way of delivering support"
        verbose_name_plural = "ways of delivering support"


class ReferralRoute(Term):
    """Who can refer a child or young person: themselves or their family, a professional, a GP."""

    class Meta(Term.Meta):
        verbose_name = "referral route"


class Language(models.Model):
    name = models.CharField(max_length=100, unique=True)
    code = models.CharField(
        max_length=10, unique=True, help_text="ISO 639 code, for example en, pl or bfi (BSL)."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Organisation(index.Indexed, models.Model):
    name = models.CharField(max_length=255, unique=True)
    slug = models.SlugField(max_length=255, unique=True)
    description = models.TextField(blank=True)
    website = models.URLField(blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class DirectoryIndexPage(Page):
    """The directory at /services/: it runs the search; its children are the listings."""

    introduction = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["localoffer.HomePage"]
    subpage_types = ["directory.ServicePage"]
    max_count = 1

    class Meta:
        verbose_name = "service directory"

    def get_context(self, request, *args, **kwargs):
        from directory.views import directory_search_context

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


class ServicePage(Page):
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
    languages = ParentalManyToManyField(Language, blank=True, related_name="services")

    phone = models.CharField(max_length=40, blank=True)
    email = models.EmailField(blank=True)
    website = models.URLField(blank=True)
    opening_times_note = models.CharField(
        max_length=255, blank=True, help_text="For example: closed on bank holidays."
    )

    last_reviewed = models.DateField(
        null=True, blank=True, help_text="When the listing was last checked as accurate."
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("organisation_name"),
        index.SearchField("vocabulary_text"),
        index.FilterField("min_age"),
        index.FilterField("max_age"),
        index.FilterField("cost"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("organisation"),
        FieldPanel("status"),
        FieldPanel("summary"),
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
        InlinePanel("schedules", heading="Opening times", label="Opening time"),
        FieldPanel("opening_times_note"),
    ]
    review_panels = [FieldPanel("last_reviewed")]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(audience_panels, heading="Who it is for"),
            ObjectList(access_panels, heading="Access and cost"),
            ObjectList(where_panels, heading="Locations and contacts"),
            ObjectList(review_panels, heading="Review"),
            ObjectList(Page.promote_panels, heading="Promote"),
        ]
    )

    parent_page_types = ["directory.DirectoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "service"

    def organisation_name(self) -> str:
        return self.organisation.name if self.organisation_id else ""

    def vocabulary_text(self) -> str:
        """Need, category and support level names as plain text, so a search for "autism"
        finds a service tagged ASD without indexing the relations themselves."""
        terms = [*self.needs.all(), *self.categories.all(), *self.support_levels.all()]
        return " ".join(term.name for term in terms)

    @cached_property
    def age_range(self) -> str:
        if self.min_age == self.max_age:
            return f"{self.min_age} years"
        return f"{self.min_age} to {self.max_age} years"

    def clean(self):
        super().clean()
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            raise ValidationError({"max_age": "The oldest age must not be below the youngest."})


class ServiceLocation(Orderable):
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


class ServiceContact(Orderable):
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


class ServiceSchedule(Orderable):
    """When the service is open, one row per day (ORUK: schedule with byday, opens_at,
    closes_at)."""

    service = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="schedules")
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices)
    opens_at = models.TimeField()
    closes_at = models.TimeField()
    note = models.CharField(max_length=100, blank=True, help_text="For example: term time only.")

    panels = [FieldRowPanel(["weekday", "opens_at", "closes_at"]), "note"]

    class Meta(Orderable.Meta):
        ordering = ["weekday", "opens_at"]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens_at:%H:%M}–{self.closes_at:%H:%M}"
