from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from pages.admin_views import CoverageReportView
from pages.models.requirements import LocalOfferRequirement


class RequirementPermissionPolicy(ModelPermissionPolicy):
    """The statutory requirements come from the law, not from editors: nobody adds or
    deletes them in the admin; editors link them to the pages that meet them."""

    def user_has_permission(self, user, action):
        return action not in ("add", "delete") and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        allowed = [action for action in actions if action not in ("add", "delete")]
        return bool(allowed) and super().user_has_any_permission(user, allowed)


# Registered before anything asks for the model's policy (Wagtail would make a default one).
register_permission_policy(
    LocalOfferRequirement, RequirementPermissionPolicy(LocalOfferRequirement)
)


class RequirementViewSet(SnippetViewSet):
    model = LocalOfferRequirement
    icon = "tasks"
    menu_label = "Local Offer requirements"
    list_display = ["title", "source"]
    ordering = ["sort_order"]


register_snippet(RequirementViewSet)


@hooks.register("register_admin_urls")
def register_coverage_urls():
    return [
        path(
            "reports/local-offer-coverage/",
            CoverageReportView.as_view(),
            name="local_offer_coverage",
        ),
        path(
            "reports/local-offer-coverage/results/",
            CoverageReportView.as_view(results_only=True),
            name="local_offer_coverage_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_coverage_menu_item():
    return MenuItem(
        "Local Offer coverage",
        reverse("local_offer_coverage"),
        name="local-offer-coverage",
        icon_name="tasks",
        order=1100,
    )
