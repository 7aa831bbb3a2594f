"""What every page's header and footer show, set per site in the admin."""

from django.db import models

from wagtail.admin.panels import MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from public_forms.site_settings import DefaultsWhenDatabaseRefuses


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
        db_table = "localoffer_sitesettings"
        verbose_name = "site settings"

    @property
    def service_name(self) -> str:
        return f"{self.area_name} Local Offer"
