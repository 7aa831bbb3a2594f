"""The home page, and the glossary page that hangs from it."""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from pages.blocks import ContentStreamBlock, TaskLinkBlock
from pages.news import whats_new
from pages.selectors import home_browse_links, home_sections
from search.selectors import glossary_by_letter


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

    class Meta:
        db_table = "localoffer_homepage"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(home_browse_links(home=self))
        context.update(home_sections(home=self))
        context["whats_new"] = whats_new()
        return context


class GlossaryPage(Page):
    """Lists the glossary of acronyms, A to Z. The terms are snippets owned by search."""

    introduction = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        db_table = "localoffer_glossarypage"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["letters"] = glossary_by_letter()
        return context
