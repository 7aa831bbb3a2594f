"""Reads: the KPIs of the action plan, for any period, with exact definitions, one module
per subject (periods, traffic, feedback, mystery shopping, summaries, API tokens). Every name
is importable from `monitoring.selectors`.

Every period is a pair of dates, both included, in the site's time zone. A percentage is
rounded to one decimal place, and is None (not 0) when there is nothing to divide by.

The modules import the monitoring models from the models' own modules, not the package: the
package also holds the annual report page, which reads its report from here.
"""

from monitoring.kpis import KPI_KEYS, KPI_LABELS, PERCENT_KEYS
from monitoring.selectors.api_tokens import kpi_api_token_of, kpi_api_token_user
from monitoring.selectors.feedback import (
    feedback_by_month,
    feedback_by_section,
    feedback_figures,
    median_days_feedback_to_action,
    page_section,
    published_entries,
    yswd_by_status,
)
from monitoring.selectors.mystery_shopping import (
    mystery_shop_by_quarter,
    mystery_shop_by_scenario,
    mystery_shop_figures,
)
from monitoring.selectors.periods import (
    Period,
    in_period,
    months,
    months_later,
    percent,
    quarter_label,
    quarters,
    sum_of,
)
from monitoring.selectors.summaries import (
    annual_report,
    kpi_change,
    kpi_summary,
    kpi_targets,
    listings_overdue_review,
)
from monitoring.selectors.traffic import (
    contact_clicks_total,
    page_views_by_month,
    page_views_total,
    searches_total,
    top_contacted_services,
    top_pages,
    top_referrers,
    top_searches,
    zero_result_searches,
)

__all__ = [
    "KPI_KEYS",
    "KPI_LABELS",
    "PERCENT_KEYS",
    "Period",
    "annual_report",
    "contact_clicks_total",
    "feedback_by_month",
    "feedback_by_section",
    "feedback_figures",
    "in_period",
    "kpi_api_token_of",
    "kpi_api_token_user",
    "kpi_change",
    "kpi_summary",
    "kpi_targets",
    "listings_overdue_review",
    "median_days_feedback_to_action",
    "months",
    "months_later",
    "mystery_shop_by_quarter",
    "mystery_shop_by_scenario",
    "mystery_shop_figures",
    "page_section",
    "page_views_by_month",
    "page_views_total",
    "percent",
    "published_entries",
    "quarter_label",
    "quarters",
    "searches_total",
    "sum_of",
    "top_contacted_services",
    "top_pages",
    "top_referrers",
    "top_searches",
    "yswd_by_status",
    "zero_result_searches",
]
