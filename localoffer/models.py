from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from localoffer.blocks import ContentStreamBlock, TaskLinkBlock
from plain_english.panels import ReadingAgePanel
from plain_english.readability import stream_text
from public_forms.site_settings import DefaultsWhenDatabaseRefuses


class HomePage(Page):
    introduction = models.TextField(
        blank=True, help_text="A sentence or two under the heading, in plain English."
    )
    top_tasks = StreamField(
        [("task", TaskLinkBlock())],
        blank=True,
        max_num=8,
        verbose_name="most needed",
        help_text="The journeys families need most, shown under the search box.",
    )
    body = StreamField(ContentStreamBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("top_tasks"),
        FieldPanel("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        from localoffer.navigation import home_sections
        from localoffer.news import whats_new
        from localoffer.selectors import home_browse_links

        context = super().get_context(request, *args, **kwargs)
        context.update(home_browse_links())
        context.update(home_sections(home=self))
        context["whats_new"] = whats_new()
        return context


class EasyReadMixin:
    """A page that may have an easy read version: its template links to it."""

    def easy_read_version(self) -> "EasyReadPage | None":
        return EasyReadPage.objects.live().public().filter(original_page=self).first()


class SectionKind(models.TextChoices):
    LIFE_STAGE = "life-stage", "A stage of life"
    TOPIC = "topic", "A topic"
    OTHER = "other", "Neither"


class SectionPage(EasyReadMixin, Page):
    """An index of advice that editors arrange: a stage of life (early years, school...) or a
    topic (health, money and travel...). It lists the pages under it and pages chosen from
    elsewhere, so that a page can live in one place and still be found from every section
    it matters to."""

    introduction = models.TextField(
        blank=True, help_text="A sentence or two under the heading, in plain English."
    )
    kind = models.CharField(
        max_length=20,
        choices=SectionKind.choices,
        default=SectionKind.OTHER,
        help_text="Where the section is listed on the home page and the advice page.",
    )
    body = StreamField(
        ContentStreamBlock(), blank=True, help_text="Shown above the list of pages, if at all."
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("kind"),
        FieldPanel("body"),
        InlinePanel(
            "related_pages",
            heading="Pages from other sections",
            label="Page",
            help_text="Listed under 'Also useful', after the pages in this section.",
        ),
    ]
    search_fields = [*Page.search_fields]
    parent_page_types = ["localoffer.HomePage", "localoffer.SectionPage"]
    subpage_types = [
        "localoffer.SectionPage",
        "localoffer.InformationPage",
        "localoffer.CoveragePage",
        "localoffer.EasyReadPage",
    ]

    class Meta:
        verbose_name = "section"

    @property
    def summary(self) -> str:
        # Lists of pages show a page's summary; a section's is its introduction.
        return self.introduction

    def get_context(self, request, *args, **kwargs):
        from localoffer.navigation import section_contents

        context = super().get_context(request, *args, **kwargs)
        context["contents"] = section_contents(section=self)
        return context


class SectionRelatedPage(Orderable):
    section = ParentalKey(SectionPage, on_delete=models.CASCADE, related_name="related_pages")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["section", "page"], name="unique_section_related_page")
        ]


class InformationPage(EasyReadMixin, Page):
    """Guidance for families: EHC plans, annual reviews, preparing for adulthood..."""

    summary = models.CharField(
        max_length=300, blank=True, help_text="Shown under the title and in lists of pages."
    )
    body = StreamField(ContentStreamBlock())

    content_panels = [
        *Page.content_panels,
        ReadingAgePanel(heading="Reading age"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = [
        "localoffer.HomePage",
        "localoffer.SectionPage",
        "localoffer.InformationPage",
    ]
    subpage_types = ["localoffer.InformationPage", "localoffer.EasyReadPage"]
    readability_label = "Information page"

    def readable_text(self) -> str:
        return f"{self.summary}\n{stream_text(self.body)}"


class EasyReadPage(Page):
    """An easy read version of another page, for young people and anyone who finds reading
    hard: short sentences, everyday words, one idea to a line. The original links to it
    with "Easy read version", and it links back."""

    original_page = models.OneToOneField(
        "wagtailcore.Page",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="easy read version of",
        help_text="The page this explains more simply. It links here, and this links back.",
    )
    summary = models.CharField(
        max_length=300, blank=True, help_text="Shown under the title and in lists of pages."
    )
    body = StreamField(ContentStreamBlock())

    content_panels = [
        *Page.content_panels,
        FieldPanel("original_page"),
        ReadingAgePanel(heading="Reading age"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = [
        "localoffer.HomePage",
        "localoffer.SectionPage",
        "localoffer.InformationPage",
    ]
    subpage_types = []
    readability_label = "Easy read page"

    class Meta:
        verbose_name = "easy read page"

    def readable_text(self) -> str:
        return f"{self.summary}\n{stream_text(self.body)}"


class GlossaryPage(Page):
    """Lists the glossary of acronyms, A to Z. The terms are snippets owned by search."""

    introduction = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["localoffer.HomePage"]
    subpage_types = []
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        from search.selectors import glossary_by_letter

        context = super().get_context(request, *args, **kwargs)
        context["letters"] = glossary_by_letter()
        return context


@register_setting(icon="site")
class SiteSettings(DefaultsWhenDatabaseRefuses, BaseSiteSetting):
    # Every page's header and footer link to these: fetched with the settings, in one query.
    select_related = [
        "accessibility_page",
        "privacy_page",
        "contact_page",
        "glossary_page",
        "advice_page",
        "news_page",
    ]

    area_name = models.CharField(
        max_length=100, default="Local", help_text="The local area, as in 'Northby Local Offer'."
    )
    phase = models.CharField(
        max_length=20, blank=True, default="Beta", help_text="Shown in the phase banner."
    )
    demo_notice = models.BooleanField(
        default=False, help_text="Say on every page that the listings are demonstration data."
    )
    contact_name = models.CharField(
        max_length=120,
        default="SEND Information, Advice and Support Service",
        help_text="Who families should contact when they cannot find what they need.",
    )
    contact_phone = models.CharField(max_length=40, blank=True)
    contact_email = models.EmailField(blank=True)
    contact_url = models.URLField(blank=True)
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    glossary_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    advice_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="'Advice and guidance' in the navigation at the top of every page.",
    )
    news_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="'News and events' in the navigation at the top of every page.",
    )

    panels = [
        MultiFieldPanel(["area_name", "phase", "demo_notice"], heading="Site"),
        MultiFieldPanel(
            ["contact_name", "contact_phone", "contact_email", "contact_url"],
            heading="Information and advice service",
        ),
        MultiFieldPanel(["advice_page", "news_page"], heading="Navigation"),
        MultiFieldPanel(
            ["accessibility_page", "privacy_page", "contact_page", "glossary_page"],
            heading="Footer pages",
        ),
    ]

    class Meta:
        verbose_name = "site settings"

    @property
    def service_name(self) -> str:
        return f"{self.area_name} Local Offer"


class Topic(models.TextChoices):
    """What news and events are about: the advice topics, and the partnership's own work."""

    EDUCATION = "education", "Education"
    HEALTH = "health", "Health"
    SOCIAL_CARE = "social-care", "Social care"
    MONEY_AND_TRAVEL = "money-and-travel", "Money and travel"
    LEISURE = "leisure", "Leisure and activities"
    PREPARING_FOR_ADULTHOOD = "preparing-for-adulthood", "Preparing for adulthood"
    HAVE_YOUR_SAY = "have-your-say", "Have your say"


class NewsIndexPage(RoutablePageMixin, Page):
    """/news/: the partnership's news, newest first, with the next few events and an Atom
    feed at feed/."""

    introduction = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["localoffer.HomePage"]
    subpage_types = ["localoffer.NewsPage", "localoffer.EventIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = "news index"

    @property
    def summary(self) -> str:
        return self.introduction

    @path("")
    def index(self, request):
        from django.core.paginator import Paginator

        from localoffer.news import news_live, upcoming_events

        news = Paginator(news_live(index=self), 10).get_page(request.GET.get("page"))
        events_page = self.get_children().type(EventIndexPage).live().public().first()
        return self.render(
            request,
            context_overrides={
                "news": news,
                "events_page": events_page,
                "events": upcoming_events(index=events_page.specific)[:3] if events_page else [],
            },
        )

    @path("feed/")
    def feed(self, request):
        from localoffer.feeds import NewsFeed

        return NewsFeed()(request, index=self)


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
    parent_page_types = ["localoffer.NewsIndexPage"]
    subpage_types = []
    readability_label = "News"

    class Meta:
        verbose_name = "news"
        verbose_name_plural = "news"

    def readable_text(self) -> str:
        return f"{self.summary}\n{stream_text(self.body)}"


class EventIndexPage(RoutablePageMixin, Page):
    """Upcoming events, soonest first, filtered by month, topic and age, with an Atom feed at
    feed/. Past events leave the list but keep their pages."""

    introduction = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["localoffer.NewsIndexPage"]
    subpage_types = ["localoffer.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = "events index"

    @property
    def summary(self) -> str:
        return self.introduction

    @path("")
    def index(self, request):
        from django.core.paginator import Paginator

        from localoffer.forms import EventFilterForm
        from localoffer.news import upcoming_events

        form = EventFilterForm.valid_part(request.GET, today=timezone.localdate())
        events = upcoming_events(index=self, **form.cleaned_data)
        return self.render(
            request,
            context_overrides={
                "form": form,
                "is_filtered": any(form.cleaned_data.values()),
                "events": Paginator(events, 20).get_page(request.GET.get("page")),
            },
        )

    @path("past/")
    def past(self, request):
        """Events that have finished, the latest first: off the main list, still findable."""
        from django.core.paginator import Paginator

        from localoffer.news import past_events

        return self.render(
            request,
            template="localoffer/past_events.html",
            context_overrides={
                "events": Paginator(past_events(index=self), 20).get_page(request.GET.get("page"))
            },
        )

    @path("feed/")
    def feed(self, request):
        from localoffer.feeds import EventsFeed

        return EventsFeed()(request, index=self)


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
    parent_page_types = ["localoffer.EventIndexPage"]
    subpage_types = []

    class Meta:
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


class LocalOfferRequirement(ClusterableModel):
    """Something the law says a Local Offer must contain, and the pages that meet it. The
    list comes from `localoffer.requirements`; editors add the links."""

    code = models.SlugField(max_length=60, unique=True, editable=False)
    title = models.CharField(max_length=300)
    source = models.CharField(max_length=200, help_text="Where the requirement comes from.")
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    panels = [
        FieldPanel("title", read_only=True),
        FieldPanel("source", read_only=True),
        InlinePanel(
            "links",
            heading="Pages and listings that meet it",
            label="Page or listing",
            help_text="Link published pages. One that meets only part of the requirement "
            "counts as partly covered.",
        ),
    ]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = "Local Offer requirement"

    def __str__(self) -> str:
        return self.title


class Extent(models.TextChoices):
    FULL = "full", "Meets it"
    PART = "part", "Meets part of it"


class RequirementLink(Orderable):
    requirement = ParentalKey(LocalOfferRequirement, on_delete=models.CASCADE, related_name="links")
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    address = models.CharField(
        max_length=200,
        blank=True,
        help_text="Instead of a page: a part of this site that is not a page, such as "
        "/you-said-we-did/.",
    )
    address_text = models.CharField(
        max_length=100, blank=True, help_text="What a link to the address says."
    )
    extent = models.CharField(max_length=10, choices=Extent.choices, default=Extent.FULL)

    panels = [
        FieldPanel("page"),
        FieldPanel("address"),
        FieldPanel("address_text"),
        FieldPanel("extent"),
    ]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["requirement", "page"], name="unique_requirement_page")
        ]

    def clean(self):
        super().clean()
        if bool(self.page_id) == bool(self.address):
            raise ValidationError("Choose a page or give an address, not both.")
        if self.address and not (self.address.startswith("/") and "//" not in self.address):
            raise ValidationError({"address": "Give an address on this site, starting with /."})


class CoveragePage(Page):
    """ "About this Local Offer": what the law says it must contain, and where on the site
    each part is, as the coverage report shows editors."""

    introduction = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["localoffer.HomePage", "localoffer.SectionPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "about this Local Offer page"

    @property
    def summary(self) -> str:
        return self.introduction

    def get_context(self, request, *args, **kwargs):
        from localoffer.coverage import local_offer_coverage

        context = super().get_context(request, *args, **kwargs)
        context["coverage"] = local_offer_coverage()
        return context
