"""The public page that says where each statutory requirement is met on the site."""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from pages.coverage import local_offer_coverage


class CoveragePage(Page):
    """ "About this Local Offer": what the law says it must contain, and where on the site
    each part is, as the coverage report shows editors."""

    introduction = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["pages.HomePage", "pages.SectionPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        db_table = "localoffer_coveragepage"
        verbose_name = "about this Local Offer page"

    @property
    def summary(self) -> str:
        return self.introduction

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["coverage"] = local_offer_coverage()
        return context
