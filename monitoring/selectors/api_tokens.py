"""Whose KPI API token is whose."""

from monitoring.models.api_tokens import KpiApiToken


def kpi_api_token_user(*, token: str):
    """The active person a KPI API token belongs to, or None. Whether they may still read
    the KPIs is for the caller to ask."""
    found = (
        KpiApiToken.objects.select_related("user")
        .filter(digest=KpiApiToken.digest_of(token))
        .first()
    )
    if found is None or not found.user.is_active:
        return None
    return found.user


def kpi_api_token_of(*, user) -> KpiApiToken | None:
    return KpiApiToken.objects.filter(user=user).first()
