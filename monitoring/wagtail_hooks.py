from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList, Panel
from wagtail.admin.ui.tables import BaseColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from monitoring.admin_views import TABLES, DashboardView, KpiApiTokenView, TableReportView
from monitoring.models import (
    DASHBOARD_PERMISSION,
    KpiTarget,
    MysteryShopCampaign,
    Scenario,
    Visit,
)


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


def volunteer_link(request, campaign: MysteryShopCampaign) -> str:
    """The campaign's secret link at the address this site was reached on, which is the
    address volunteers can reach too (WAGTAILADMIN_BASE_URL may name another)."""
    return request.build_absolute_uri(reverse("monitoring:volunteer_visit", args=[campaign.token]))


class VolunteerLinkColumn(BaseColumn):
    cell_template_name = "monitoring/admin/volunteer_link_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["campaign"] = instance
        context["url"] = volunteer_link(parent_context["request"], instance)
        return context


class VolunteerLinkPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "monitoring/admin/volunteer_link_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["campaign"] = self.instance
            context["url"] = volunteer_link(self.request, self.instance) if self.instance.pk else ""
            return context


class CampaignViewSet(SnippetViewSet):
    model = MysteryShopCampaign
    icon = "calendar-alt"
    menu_label = "Campaigns"
    list_display = [
        "name",
        "starts_on",
        "ends_on",
        VolunteerLinkColumn("volunteer_link", label="Volunteers’ link"),
    ]
    search_fields = ["name"]
    edit_handler = ObjectList(
        [*MysteryShopCampaign.panels, VolunteerLinkPanel(heading="Volunteers’ link")]
    )


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


class KpiTargetViewSet(SnippetViewSet):
    """The targets the steering group sets, shown beside each figure on the dashboard."""

    model = KpiTarget
    icon = "success"
    menu_label = "KPI targets"
    menu_order = 251
    add_to_admin_menu = True
    list_display = ["get_kpi_display", "describe"]
    search_fields = ["kpi"]
    search_backend_name = None
    copy_view_enabled = False


register_snippet(KpiTargetViewSet)
