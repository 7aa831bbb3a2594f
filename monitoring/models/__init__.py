"""What the steering group measures, one module per subject; every model is importable from
`monitoring.models`. Analytics are daily aggregates holding nothing about who made them;
mystery shopping is what volunteers and staff record after trying a task."""

from monitoring.models.api_tokens import KpiApiToken
from monitoring.models.counters import (
    DASHBOARD_PERMISSION,
    ContactClickDay,
    ContactKind,
    PageViewDay,
    ReferrerDay,
    SearchDay,
)
from monitoring.models.mystery_shopping import (
    MysteryShopCampaign,
    Scenario,
    Visit,
    _campaign_token,  # named by migration 0001 as the token's default
)
from monitoring.models.report import AnnualReportPage, ReportSectionBlock
from monitoring.models.targets import KpiTarget

__all__ = [
    "DASHBOARD_PERMISSION",
    "AnnualReportPage",
    "ContactClickDay",
    "ContactKind",
    "KpiApiToken",
    "KpiTarget",
    "MysteryShopCampaign",
    "PageViewDay",
    "ReferrerDay",
    "ReportSectionBlock",
    "Scenario",
    "SearchDay",
    "Visit",
    "_campaign_token",
]
