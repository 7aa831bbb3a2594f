"""Keys to the KPI API."""

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone


class KpiApiToken(models.Model):
    """A person's key to the KPI API, for a machine that reads the KPIs as them. Only the
    SHA-256 digest of the token is kept: the token itself is shown once, when it is made. A
    token is 256 random bits, so its plain digest cannot be reversed by guessing, as a
    password's could, and it can be looked up directly."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="kpi_api_token"
    )
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "KPI API token"

    def __str__(self):
        return f"KPI API token of {self.user} made {self.created_at:%Y-%m-%d}"

    @staticmethod
    def digest_of(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()
