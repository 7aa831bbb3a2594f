"""The organisations that run services, and the provider accounts that keep their listings."""

from django.conf import settings
from django.db import models

from wagtail.search import index

from directory.models.open_referral import open_referral_id_field


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
