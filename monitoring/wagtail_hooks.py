from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from monitoring.admin_views import TABLES, DashboardView, KpiApiTokenView, TableReportView
from monitoring.models import DASHBOARD_PERMISSION, MysteryShopCampaign, Scenario, Visit


@hooks.register("register_admin_urls")
def register_monitoring_urls():
    urls = [
        path("monitoring/", DashboardView.as_view(), name="monitoring_dashboard"),
        path("account/kpi-api-token/", KpiApiTokenView.as_view(), name="monitoring_kpi_api_token"),
    ]
    for name in TABLES:
        urls += [
            path(
                f"monitoring/tables/{name}/",
                TableReportView.as_view(
                    table_name=name,
                    index_url_name=f"monitoring_table_{name}",
                    index_results_url_name=f"monitoring_table_{name}_results",
                ),
                name=f"monitoring_table_{name}",
            ),
            path(
                f"monitoring/tables/{name}/results/",
                TableReportView.as_view(
                    table_name=name,
                    index_url_name=f"monitoring_table_{name}",
                    index_results_url_name=f"monitoring_table_{name}_results",
                    results_only=True,
                ),
                name=f"monitoring_table_{name}_results",
            ),
        ]
    return urls


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(DASHBOARD_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return DashboardMenuItem(
        "Monitoring", reverse("monitoring_dashboard"), icon_name="table", order=250
    )


@hooks.register("register_account_menu_item")
def register_kpi_api_token_item(request):
    if request.user.has_perm(DASHBOARD_PERMISSION):
        return {
            "url": reverse("monitoring_kpi_api_token"),
            "label": "KPI API token",
            "help_text": "Make or revoke the token a machine uses to read the KPIs as you.",
        }
    return None


class CampaignViewSet(SnippetViewSet):
    model = MysteryShopCampaign
    icon = "calendar-alt"
    menu_label = "Campaigns"
    list_display = ["name", "starts_on", "ends_on", "volunteer_url"]
    search_fields = ["name"]


class ScenarioViewSet(SnippetViewSet):
    model = Scenario
    icon = "tasks"
    menu_label = "Scenarios"
    list_display = ["persona", "task", "target_minutes"]
    search_fields = ["persona", "task"]


class VisitViewSet(SnippetViewSet):
    model = Visit
    icon = "clipboard-list"
    menu_label = "Visits"
    list_display = ["visited_on", "scenario", "shopper_type", "outcome", "is_positive"]
    list_filter = ["campaign", "scenario", "outcome", "shopper_type", "device"]
    list_export = [
        "visited_on",
        "campaign",
        "scenario",
        "shopper_type",
        "device",
        "assistive_technology",
        "outcome",
        "minutes_taken",
        "ease",
        "information_accurate",
        "is_positive",
        "accessibility_problems",
        "comments",
    ]
    ordering = ["-visited_on", "-pk"]


class MysteryShoppingViewSetGroup(SnippetViewSetGroup):
    menu_label = "Mystery shopping"
    menu_icon = "view"
    menu_order = 260
    items = (VisitViewSet, ScenarioViewSet, CampaignViewSet)


register_snippet(MysteryShoppingViewSetGroup)
