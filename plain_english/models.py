from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from public_forms.site_settings import DefaultsWhenDatabaseRefuses


@register_setting(icon="doc-full")
class PlainEnglishSettings(DefaultsWhenDatabaseRefuses, BaseSiteSetting):
    target_reading_age = models.PositiveSmallIntegerField(
        default=11,
        validators=[MinValueValidator(6), MaxValueValidator(18)],
        help_text="Pages harder to read than this are listed in Reports › Reading age. "
        "GOV.UK aims at 9; most adults in England read at 9 to 11.",
    )

    class Meta:
        verbose_name = "plain English"
