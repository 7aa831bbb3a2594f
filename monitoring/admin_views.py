"""The KPI dashboard in the Wagtail admin, and each of its tables as a report that downloads
as CSV or Excel. Only the steering group (and superusers) may see them."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.http import urlencode
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView

from monitoring import selectors
from monitoring.charts import cell, dashboard_charts
from monitoring.forms import DateRangeForm
from monitoring.kpis import KPI_KEYS, KPI_LABELS, TARGET_KEYS
from monitoring.models import DASHBOARD_PERMISSION, KpiTarget
from monitoring.services import kpi_api_token_create, kpi_api_token_revoke
from public_forms.spreadsheets import SpreadsheetSafeExportMixin


@dataclass(frozen=True)
class Table:
    title: str
    rows: Callable[..., list[dict[str, Any]]]
    headings: dict[str, str]  # row key -> column heading, in order


# Why a figure may be missing, said where it would be.
NOT_COMPUTED = {
    "median_days_feedback_to_action": (
        "Not worked out: no You said, we did entry in this period answers feedback"
    ),
    "feedback_helpful_pct": "Not worked out: nobody answered whether a page helped",
    "mystery_shop_positive_pct": "Not worked out: no mystery shopping visits",
}


def previous_period(period: selectors.Period) -> selectors.Period:
    """The period of the same length just before `period`."""
    length = period.end - period.start
    end = period.start - timedelta(days=1)
    return selectors.Period(end - length, end)


def _plain(key: str, value) -> Any:
    if value is None:
        return NOT_COMPUTED.get(key, "Not worked out")
    if isinstance(value, dict):
        # Status values ("in_progress") said as words.
        return ", ".join(
            f"{status.replace('_', ' ').capitalize()}: {count}" for status, count in value.items()
        )
    return value


def _trend(key: str, current, previous) -> str:
    if isinstance(current, dict) or current is None or previous is None:
        return ""
    change = selectors.kpi_change(key, current, previous)
    if change in ("No change", "No comparison"):
        return change
    # For negative feedback and overdue listings, down is good; the words say which way.
    arrow = "↑ up" if current > previous else "↓ down"
    return f"{arrow} {change.lstrip('+-')} from the period before"


def _against_target(target: KpiTarget | None, value) -> str:
    if target is None:
        return "No target set"
    if value is None or isinstance(value, dict):
        return f"Target {target.describe()}"
    return f"Target {target.describe()}: {'met' if target.is_met(value) else 'not met'}"


def _summary_rows(*, period: selectors.Period) -> list[dict[str, Any]]:
    summary = selectors.kpi_summary(period=period)
    before = selectors.kpi_summary(period=previous_period(period))
    targets = selectors.kpi_targets()
    return [
        {
            "label": KPI_LABELS[key],
            "value": _plain(key, summary[key]),
            "previous": _plain(key, before[key]),
            "change": _trend(key, summary[key], before[key]),
            "target": ""
            if key not in TARGET_KEYS
            else _against_target(targets.get(key), summary[key]),
        }
        for key in KPI_KEYS
    ]


def _yswd_rows(*, period: selectors.Period) -> list[dict[str, Any]]:
    return [
        {"status": status.replace("_", " ").capitalize(), "entries": count}
        for status, count in selectors.yswd_by_status(period=period).items()
    ]


TABLES = {
    "kpis": Table(
        "Key figures",
        _summary_rows,
        {
            "label": "Figure",
            "value": "This period",
            "previous": "Period before",
            "change": "Change",
            "target": "Target",
        },
    ),
    "page-views-by-month": Table(
        "Page views by month",
        selectors.page_views_by_month,
        {"month": "Month", "page_views": "Page views"},
    ),
    "top-pages": Table(
        "Most viewed pages", selectors.top_pages, {"path": "Page", "page_views": "Page views"}
    ),
    "referrers": Table(
        "Sites that sent visitors",
        selectors.top_referrers,
        {"site": "Site", "page_views": "Page views"},
    ),
    "top-searches": Table(
        "Top searches",
        selectors.top_searches,
        {"words": "Words", "searches": "Searches", "found_nothing": "Found nothing"},
    ),
    "zero-result-searches": Table(
        "Searches that found nothing",
        selectors.zero_result_searches,
        {"words": "Words", "filters": "Filters", "searches": "Searches"},
    ),
    "contacted-services": Table(
        "Services most contacted",
        selectors.top_contacted_services,
        {
            "service": "Service",
            "phone": "Phone",
            "email": "Email",
            "website": "Website",
            "clicks": "All clicks",
        },
    ),
    "feedback-by-month": Table(
        "Feedback by month",
        selectors.feedback_by_month,
        {
            "month": "Month",
            "answered": "Answered “Is this page useful?”",
            "helpful": "Said yes",
            "helpful_pct": "Helpful (%)",
            "negative": "Negative feedback",
        },
    ),
    "feedback-by-section": Table(
        "Page helpfulness by section",
        selectors.feedback_by_section,
        {
            "section": "Section",
            "answered": "Answered",
            "helpful": "Said yes",
            "helpful_pct": "Helpful (%)",
        },
    ),
    "mystery-shop-by-quarter": Table(
        "Mystery shopping by quarter",
        selectors.mystery_shop_by_quarter,
        {
            "quarter": "Quarter",
            "visits": "Visits",
            "positive": "Positive",
            "positive_pct": "Positive (%)",
        },
    ),
    "mystery-shop-by-scenario": Table(
        "Mystery shopping by scenario",
        selectors.mystery_shop_by_scenario,
        {
            "scenario": "Scenario",
            "target_minutes": "Target minutes",
            "visits": "Visits",
            "positive": "Positive",
            "positive_pct": "Positive (%)",
        },
    ),
    "yswd-by-status": Table(
        "You Said, We Did entries by status", _yswd_rows, {"status": "Status", "entries": "Entries"}
    ),
}


class DashboardPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(DASHBOARD_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def period_form(self) -> DateRangeForm:
        return DateRangeForm(self.request.GET or None)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, *self.trail()]

    def trail(self) -> list[dict[str, str]]:
        return [{"url": "", "label": self.page_title}]


class TableReportView(SpreadsheetSafeExportMixin, DashboardPermissionMixin, ReportView):
    """One table of the dashboard, for the same period, with CSV and Excel downloads."""

    table_name = ""
    header_icon = "table"
    paginate_by = 100

    @property
    def table(self) -> Table:
        return TABLES[self.table_name]

    @property
    def page_title(self) -> str:
        return self.table.title

    @property
    def list_export(self) -> list[str]:
        return list(self.table.headings)

    @property
    def export_headings(self) -> dict[str, str]:
        return self.table.headings

    @property
    def columns(self) -> list[Column]:
        return [
            Column(key, label=heading, accessor=lambda row, key=key: cell(row[key]))
            for key, heading in self.table.headings.items()
        ]

    def trail(self) -> list[dict[str, str]]:
        return [
            {"url": reverse("monitoring_dashboard"), "label": "Monitoring"},
            {"url": "", "label": self.page_title},
        ]

    def get_filename(self) -> str:
        period = self.period_form().period()
        return f"{self.table_name}-{period.start}-to-{period.end}"

    def get_queryset(self):
        return self.table.rows(period=self.period_form().period())


def preset_periods(*, today: date) -> list[tuple[str, date, date]]:
    """The periods the steering group reports on: (label, first day, last day)."""
    quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    last_quarter_end = quarter_start - timedelta(days=1)
    last_quarter_start = date(last_quarter_end.year, 3 * ((last_quarter_end.month - 1) // 3) + 1, 1)
    # The partnership's reporting year runs from April to March.
    april = date(today.year if today.month >= 4 else today.year - 1, 4, 1)
    return [
        ("This month", today.replace(day=1), today),
        ("Last quarter", last_quarter_start, last_quarter_end),
        ("This year", date(today.year, 1, 1), today),
        (f"Year to March {april.year + 1}", april, min(today, date(april.year + 1, 3, 31))),
    ]


class DashboardView(DashboardPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    page_title = "Monitoring"
    header_icon = "table"
    template_name = "monitoring/dashboard.html"

    def get_context_data(self, **kwargs):
        period = self.period_form().period()
        # The form shows the period in use, chosen or not.
        form = DateRangeForm(initial={"start": period.start, "end": period.end})
        query = urlencode({"start": period.start, "end": period.end})
        tables = {
            name.replace("-", "_"): {
                "title": table.title,
                "headings": list(table.headings.values()),
                "rows": [[cell(row[key]) for key in table.headings] for row in rows],
                "csv_url": f"{reverse(f'monitoring_table_{name}')}?{query}&export=csv",
            }
            for name, table in TABLES.items()
            for rows in [table.rows(period=period)]
        }
        charts = dashboard_charts(
            page_views=selectors.page_views_by_month(period=period),
            feedback=selectors.feedback_by_month(period=period),
            quarters=selectors.mystery_shop_by_quarter(period=period),
        )
        return super().get_context_data(
            form=form,
            period=period,
            previous=previous_period(period),
            presets=[
                (label, f"?{urlencode({'start': start, 'end': end})}")
                for label, start, end in preset_periods(today=timezone.localdate())
            ],
            tables=tables,
            charts=charts,
            json_url=f"{reverse('monitoring:kpis_json')}?{query}",
            targets_url=(
                reverse("wagtailsnippets_monitoring_kpitarget:list")
                if self.request.user.has_perm("monitoring.change_kpitarget")
                else ""
            ),
            **kwargs,
        )


@method_decorator(never_cache, name="dispatch")
class KpiApiTokenView(WagtailAdminTemplateMixin, TemplateView):
    """Where a person who may read the KPIs makes, replaces or revokes their own KPI API
    token. A new token is shown in the answer to the post that made it, and never again."""

    page_title = "KPI API token"
    header_icon = "key"
    template_name = "monitoring/kpi_api_token.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(DASHBOARD_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailadmin_account"), "label": "Account"},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            current=selectors.kpi_api_token_of(user=self.request.user),
            api_url=self.request.build_absolute_uri(reverse("monitoring:kpis_json")),
            **kwargs,
        )

    def post(self, request):
        if request.POST.get("action") == "create":
            token = kpi_api_token_create(user=request.user)
            return self.render_to_response(self.get_context_data(new_token=token))
        if request.POST.get("action") == "revoke" and kpi_api_token_revoke(user=request.user):
            messages.success(request, "Your KPI API token is revoked: it no longer works.")
        return redirect("monitoring_kpi_api_token")
