from django.db import models

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from localoffer.blocks import ContentStreamBlock, TaskLinkBlock


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
        from localoffer.selectors import home_browse_links

        context = super().get_context(request, *args, **kwargs)
        context.update(home_browse_links())
        context.update(home_sections(home=self))
        return context


class SectionKind(models.TextChoices):
    LIFE_STAGE = "life-stage", "A stage of life"
    TOPIC = "topic", "A topic"
    OTHER = "other", "Neither"


class SectionPage(Page):
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
    subpage_types = ["localoffer.SectionPage", "localoffer.InformationPage"]

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


class InformationPage(Page):
    """Guidance for families: EHC plans, annual reviews, preparing for adulthood..."""

    summary = models.CharField(
        max_length=300, blank=True, help_text="Shown under the title and in lists of pages."
    )
    body = StreamField(ContentStreamBlock())

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = [
        "localoffer.HomePage",
        "localoffer.SectionPage",
        "localoffer.InformationPage",
    ]
    subpage_types = ["localoffer.InformationPage"]


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
class SiteSettings(BaseSiteSetting):
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
