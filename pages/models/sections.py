"""The site's advice: sections that index it, information pages, and their easy read
versions."""

from django.db import models

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from pages.blocks import ContentStreamBlock
from pages.choices import SectionKind
from pages.navigation import section_contents
from plain_english.panels import ReadingAgePanel
from plain_english.readability import stream_text


class EasyReadMixin:
    """A page that may have an easy read version: its template links to it."""

    def easy_read_version(self) -> "EasyReadPage | None":
        return EasyReadPage.objects.live().public().filter(original_page=self).first()


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
    parent_page_types = ["pages.HomePage", "pages.SectionPage"]
    subpage_types = [
        "pages.SectionPage",
        "pages.InformationPage",
        "pages.CoveragePage",
        "pages.EasyReadPage",
    ]

    class Meta:
        db_table = "localoffer_sectionpage"
        verbose_name = "section"

    @property
    def summary(self) -> str:
        # Lists of pages show a page's summary; a section's is its introduction.
        return self.introduction

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contents"] = section_contents(section=self)
        return context


class SectionRelatedPage(Orderable):
    section = ParentalKey(SectionPage, on_delete=models.CASCADE, related_name="related_pages")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        db_table = "localoffer_sectionrelatedpage"
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
        "pages.HomePage",
        "pages.SectionPage",
        "pages.InformationPage",
    ]
    subpage_types = ["pages.InformationPage", "pages.EasyReadPage"]
    readability_label = "Information page"

    class Meta:
        db_table = "localoffer_informationpage"

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
        "pages.HomePage",
        "pages.SectionPage",
        "pages.InformationPage",
    ]
    subpage_types = []
    readability_label = "Easy read page"

    class Meta:
        db_table = "localoffer_easyreadpage"
        verbose_name = "easy read page"

    def readable_text(self) -> str:
        return f"{self.summary}\n{stream_text(self.body)}"
