from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from directory.admin_views import ChangeRequestViewSet
from directory.models import (
    Area,
    Category,
    DeliveryMethod,
    DirectoryIndexPage,
    Language,
    NeedType,
    Organisation,
    ProviderMembership,
    ReferralRoute,
    ServicePage,
    SupportLevel,
)
from directory.permissions import provider_organisation_ids
from directory.reports import REVIEW_PERMISSION, ListingsDueReportView, listing_confirm


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class NeedTypeViewSet(TermViewSet):
    model = NeedType
    icon = "user"
    list_display = ["code", "name", "sort_order"]
    search_fields = ["code", "name"]


class CategoryViewSet(TermViewSet):
    model = Category
    icon = "folder-open-inverse"


class SupportLevelViewSet(TermViewSet):
    model = SupportLevel
    icon = "list-ol"


class AreaViewSet(TermViewSet):
    model = Area
    icon = "site"


class DeliveryMethodViewSet(TermViewSet):
    model = DeliveryMethod
    icon = "mail"


class ReferralRouteViewSet(TermViewSet):
    model = ReferralRoute
    icon = "arrow-right"


class LanguageViewSet(SnippetViewSet):
    model = Language
    icon = "openquote"
    list_display = ["name", "code"]
    search_fields = ["name", "code"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "website", "phone"]
    search_fields = ["name"]


class ProviderMembershipViewSet(SnippetViewSet):
    model = ProviderMembership
    icon = "user"
    menu_label = "Provider accounts"
    list_display = ["user", "organisation"]
    list_filter = ["organisation"]
    search_fields = ["user__username", "user__email", "organisation__name"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = "Directory"
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (
        OrganisationViewSet,
        ProviderMembershipViewSet,
        NeedTypeViewSet,
        CategoryViewSet,
        SupportLevelViewSet,
        AreaViewSet,
        DeliveryMethodViewSet,
        ReferralRouteViewSet,
        LanguageViewSet,
    )


register_snippet(DirectoryViewSetGroup)


@hooks.register("register_admin_viewset")
def register_change_requests():
    return ChangeRequestViewSet()


@hooks.register("register_admin_urls")
def register_listings_due_report():
    return [
        path(
            "reports/listings-due/", ListingsDueReportView.as_view(), name="directory_listings_due"
        ),
        path(
            "reports/listings-due/results/",
            ListingsDueReportView.as_view(results_only=True),
            name="directory_listings_due_results",
        ),
        path("listings/<int:pk>/confirm/", listing_confirm, name="directory_listing_confirm"),
    ]


class ReviewReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REVIEW_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_listings_due_menu_item():
    return ReviewReportMenuItem(
        "Listings due for review", reverse("directory_listings_due"), icon_name="date", order=50
    )


@hooks.register("construct_explorer_page_queryset")
def show_providers_their_own_listings(parent_page, pages, request):
    # The page permission tester already refuses other organisations' listings; this keeps
    # them out of a provider's view of the directory too.
    organisation_ids = provider_organisation_ids(request.user)
    if organisation_ids is None or not isinstance(parent_page.specific, DirectoryIndexPage):
        return pages
    own = ServicePage.objects.filter(organisation_id__in=organisation_ids)
    return pages.filter(pk__in=own.values("pk"))
