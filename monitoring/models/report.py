"""The annual report page."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.blocks import CharBlock, RichTextBlock, StructBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from monitoring.charts import annual_report_charts
from monitoring.selectors import annual_report


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

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    template = "monitoring/annual_report_page.html"

    class Meta:
        verbose_name = "annual report"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        report = annual_report(year=self.year)
        context.update(report=report, charts=annual_report_charts(report))
        return context
