from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page

from localoffer.blocks import ContentStreamBlock


class HomePage(Page):
    introduction = models.TextField(
        blank=True, help_text="A sentence or two under the heading, in plain English."
    )
    body = StreamField(ContentStreamBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        from localoffer.selectors import home_browse_links

        context = super().get_context(request, *args, **kwargs)
        context.update(home_browse_links())
        return context


class InformationPage(Page):
    """Guidance for families: EHC plans, annual reviews, preparing for adulthood..."""

    summary = models.CharField(
        max_length=300, blank=True, help_text="Shown under the title and in lists of pages."
    )
    body = StreamField(ContentStreamBlock())

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*Page.search_fields]
    parent_page_types = ["localoffer.HomePage", "localoffer.InformationPage"]
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

    panels = [
        MultiFieldPanel(["area_name", "phase", "demo_notice"], heading="Site"),
        MultiFieldPanel(
            ["contact_name", "contact_phone", "contact_email", "contact_url"],
            heading="Information and advice service",
        ),
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
