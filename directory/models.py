"""Service listings and the vocabulary that describes them.

Field names follow Open Referral UK 3.0 where it has the concept (service status, eligibility,
cost options, schedules, service at location, contacts, languages, accessibility, taxonomy
terms), so publishing the directory as ORUK is a mapping rather than a migration.
"""

import calendar
import uuid
from datetime import date, timedelta
from html import unescape

from django import forms
from django.conf import settings
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
from wagtail.models import AbstractGroupApprovalTask, Orderable, Page, TaskState
from wagtail.search import index

from directory.admin_forms import ServicePageForm
from directory.permissions import directory_permissions_for_user, listing_permissions_for_user
from search.matching import STALE_AFTER_DAYS
from search.text import index_text

MIN_AGE = 0
MAX_AGE = 25


def open_referral_id_field() -> models.UUIDField:
    """The id the Open Referral UK API publishes: a UUID that stays the same through edits,
    imports and renames, unlike the database key or the slug."""
    return models.UUIDField("Open Referral id", default=uuid.uuid4, unique=True, editable=False)


class OpenReferralChild(Orderable):
    """A venue, contact or opening time of a listing, with an Open Referral id of its own."""

    oruk_id = open_referral_id_field()

    class Meta(Orderable.Meta):
        abstract = True

    def save(self, *args, **kwargs):
        # Copying a page copies its children with their ids; the copy's children need ids
        # of their own.
        if self._state.adding and type(self).objects.filter(oruk_id=self.oruk_id).exists():
            self.oruk_id = uuid.uuid4()
        super().save(*args, **kwargs)


AGE_VALIDATORS = [MinValueValidator(MIN_AGE), MaxValueValidator(MAX_AGE)]


def add_months(day: date, months: int) -> date:
    """`day` moved on by whole months, kept within the month (31 January + 1 = 28 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


class Term(models.Model):
    """A term in one of the directory's vocabularies: its slug is the value in search URLs."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.CharField(max_length=255, blank=True)
    oruk_id = open_referral_id_field()
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


class AccessibilityFeature(Term):
    """What a venue offers disabled visitors, from a small fixed list (ORUK: accessibility)."""

    class Meta(Term.Meta):
        verbose_name = "venue accessibility feature"


class ServiceTime(Term):
    """When a service runs, in the words families filter by: after school, weekends..."""

    class Meta(Term.Meta):
        verbose_name = "time the service runs"
        verbose_name_plural = "times services run"


class Language(models.Model):
    name = models.CharField(max_length=100, unique=True)
    code = models.CharField(
        max_length=10, unique=True, help_text="ISO 639 code, for example en, pl or bfi (BSL)."
    )
    oruk_id = open_referral_id_field()

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
    oruk_id = open_referral_id_field()

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

    def permissions_for_user(self, user):
        return directory_permissions_for_user(user, self)

    def get_context(self, request, *args, **kwargs):
        from directory.search_page import directory_search_context

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


class ProviderMembership(models.Model):
    """Links a service provider's account to an organisation whose listings they keep up to
    date."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="provider_memberships"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="provider_memberships"
    )

    panels = ["user", "organisation"]

    class Meta:
        verbose_name = "provider account"
        ordering = ["organisation__name", "user__username"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="unique_provider_membership"
            )
        ]

    def __str__(self):
        return f"{self.user} for {self.organisation}"


class ForumCheckTask(AbstractGroupApprovalTask):
    """A workflow step for the parent carer forum that only listings marked as needing the
    forum's check wait at; every other listing passes straight through it."""

    def start(self, workflow_state, user=None):
        listing = workflow_state.content_object.get_latest_revision_as_object()
        if getattr(listing, "needs_forum_check", False):
            return super().start(workflow_state, user=user)
        # Skipped without notifying the forum: there is nothing for them to check.
        return TaskState.objects.create(
            workflow_state=workflow_state,
            revision=workflow_state.content_object.get_latest_revision(),
            task=self,
            status=TaskState.STATUS_SKIPPED,
            finished_at=timezone.now(),
        )

    @classmethod
    def get_description(cls):
        return "Members of the chosen groups check listings marked as needing the forum's check"

    class Meta:
        verbose_name = "parent carer forum check"
        verbose_name_plural = "parent carer forum checks"


class CheckedBy(models.TextChoices):
    PROVIDER = "provider", "the service provider"
    TEAM = "team", "the Local Offer team"
    FORUM = "forum", "the parent carer forum"


class ListingReview(models.Model):
    """Someone confirmed that a listing is accurate (ORUK calls this "assured")."""

    service = models.ForeignKey(ServicePage, on_delete=models.CASCADE, related_name="reviews")
    checked_by = models.CharField(max_length=10, choices=CheckedBy.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The version of the listing that was checked, when it went through a workflow.",
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-pk"]
        get_latest_by = ["at", "pk"]

    def __str__(self):
        return f"{self.service} checked by {self.get_checked_by_display()}"

    @property
    def on(self) -> date:
        return timezone.localdate(self.at)


class ReviewReminder(models.Model):
    """A reminder sent to a listing's provider for one review cycle: the cycle is the due date,
    so each listing is reminded at most once per cycle. Its link confirms the listing once."""

    service = models.ForeignKey(
        ServicePage, on_delete=models.CASCADE, related_name="review_reminders"
    )
    due_on = models.DateField()
    sent_to = models.TextField(help_text="The addresses the reminder went to, one a line.")
    sent_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    review = models.OneToOneField(
        ListingReview, null=True, blank=True, on_delete=models.SET_NULL, related_name="reminder"
    )

    class Meta:
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(fields=["service", "due_on"], name="one_reminder_per_cycle")
        ]

    def __str__(self):
        return f"Reminder for {self.service} due {self.due_on}"


class ChangeRequest(models.Model):
    """A member of the public's suggestion: a change to a listing, or a service to add."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"

    class Outcome(models.TextChoices):
        CHANGED = "changed", "Listing changed"
        ADDED = "added", "Service added"
        NO_CHANGE = "no change", "No change needed"
        DUPLICATE = "duplicate", "Already suggested"
        SPAM = "spam", "Spam"

    service = models.ForeignKey(
        ServicePage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="change_requests",
        help_text="Empty when someone suggests a service to add.",
    )
    service_name = models.CharField(max_length=255, blank=True)
    organisation_name = models.CharField(max_length=255, blank=True)
    what_is_wrong = models.TextField(blank=True)
    suggestion = models.TextField()
    contact_name = models.CharField(max_length=255, blank=True)
    contact_email = models.EmailField(blank=True)
    contact_consent = models.BooleanField(
        default=False, help_text="The person agreed to be contacted about the suggestion."
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, blank=True)
    outcome_note = models.TextField(blank=True)
    draft_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        if self.is_new_service:
            return f"Add {self.service_name}"
        return f"Change to {self.service.title if self.service else 'a removed service'}"

    @property
    def is_new_service(self) -> bool:
        return not self.service_id and bool(self.service_name)

    def clean(self):
        super().clean()
        if not self.service_id and not self.service_name:
            raise ValidationError("Say which service the suggestion is about.")
        if self.contact_email and not self.contact_consent:
            raise ValidationError(
                {"contact_consent": "Contact details are only kept with the person's consent."}
            )
        if self.status == self.Status.CLOSED and not self.outcome:
            raise ValidationError({"outcome": "Say what came of the suggestion."})


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
