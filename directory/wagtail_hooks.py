from django.contrib import messages
from django.urls import path, reverse
from django.utils import timezone

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.ui.components import Component
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
from directory.permissions import provider_organisation_ids, without_other_organisations
from directory.reports import REVIEW_PERMISSION, ListingsDueReportView, listing_confirm
from directory.review_views import ListingReviewView, listing_review_act
from directory.selectors import (
    CHANGES_ASKED_FOR,
    listing_changes_asked,
    listing_checks_by,
    listing_tasks_for_reviewer,
    provider_listings,
)
from roles.groups import FORUM


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
        path(
            "listings/<int:pk>/review/",
            ListingReviewView.as_view(),
            name="directory_listing_review",
        ),
        path(
            "listings/<int:pk>/review/act/", listing_review_act, name="directory_listing_review_act"
        ),
    ]


class ListingsToCheckPanel(Component):
    """What a reviewer (the Local Offer team, the parent carer forum) checks next, and the
    checks they have done."""

    name = "listings_to_check"
    order = 50
    template_name = "directory/listings_to_check_panel.html"

    def __init__(self, *, waiting, done):
        self.waiting, self.done = waiting, done

    def get_context_data(self, parent_context=None):
        return {"waiting": self.waiting, "done": self.done}


@hooks.register("construct_homepage_panels")
def add_listings_to_check_panel(request, panels):
    waiting = list(listing_tasks_for_reviewer(user=request.user)[:10])
    done = list(listing_checks_by(user=request.user))
    is_forum = request.user.groups.filter(name=FORUM).exists()
    if waiting or done or is_forum:
        panels.insert(0, ListingsToCheckPanel(waiting=waiting, done=done))
    if is_forum and not request.user.is_superuser:
        # Wagtail's own review panel opens the edit form, which the forum may not use.
        panels[:] = [panel for panel in panels if panel.name != "workflow_objects_to_moderate"]


class ReviewReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REVIEW_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_listings_due_menu_item():
    return ReviewReportMenuItem(
        "Listings due for review", reverse("directory_listings_due"), icon_name="date", order=50
    )


@hooks.register("construct_page_chooser_queryset")
def keep_other_organisations_listings_out_of_choosers(pages, request):
    return without_other_organisations(request.user, pages, listings=ServicePage.objects.all())


@hooks.register("construct_explorer_page_queryset")
def show_providers_their_own_listings(parent_page, pages, request):
    # The page permission tester already refuses other organisations' listings; this keeps
    # them out of a provider's view of the directory too.
    organisation_ids = provider_organisation_ids(request.user)
    if organisation_ids is None or not isinstance(parent_page.specific, DirectoryIndexPage):
        return pages
    own = ServicePage.objects.filter(organisation_id__in=organisation_ids)
    return pages.filter(pk__in=own.values("pk"))


class YourListingsPanel(Component):
    """A provider's own listings: what needs them, and when each is next due for a check."""

    name = "your_listings"
    order = 40
    template_name = "directory/your_listings_panel.html"

    def __init__(self, *, listings):
        self.listings = listings

    def get_context_data(self, parent_context=None):
        return {
            "listings": self.listings,
            "overdue": sum(item.overdue for item in self.listings),
            "due_soon": sum(item.due_soon for item in self.listings),
            "changes_asked_for": sum(item.status == CHANGES_ASKED_FOR for item in self.listings),
            "waiting": sum(item.status.startswith("Waiting") for item in self.listings),
            "directory": DirectoryIndexPage.objects.first(),
        }


class YourListingsSummaryItem(SummaryItem):
    order = 100
    template_name = "directory/your_listings_summary.html"

    def __init__(self, request, *, count: int):
        super().__init__(request)
        self.count = count

    def get_context_data(self, parent_context):
        return {"count": self.count, "directory": DirectoryIndexPage.objects.first()}


@hooks.register("construct_homepage_panels")
def add_your_listings_panel(request, panels):
    organisation_ids = provider_organisation_ids(request.user)
    if organisation_ids is None:
        return
    listings = provider_listings(organisation_ids=organisation_ids, today=timezone.localdate())
    panels.insert(0, YourListingsPanel(listings=listings))


# Late: Wagtail's own apps add their items after this app's hooks would otherwise run.
@hooks.register("construct_homepage_summary_items", order=100)
def count_only_a_providers_own_listings(request, summary_items):
    # The site-wide page, image and document counts say nothing to a provider.
    organisation_ids = provider_organisation_ids(request.user)
    if organisation_ids is None:
        return
    summary_items[:] = [
        YourListingsSummaryItem(
            request,
            count=ServicePage.objects.filter(organisation_id__in=organisation_ids).count(),
        )
    ]


@hooks.register("before_edit_page")
def show_the_reviewers_comment(request, page):
    """A listing sent back to its provider says why at the top of its edit form."""
    if request.method != "GET" or not isinstance(page.specific, ServicePage):
        return
    task_state = listing_changes_asked(service=page.specific)
    if task_state is None:
        return
    reviewer = task_state.finished_by
    who = (reviewer.get_full_name() or reviewer.get_username()) if reviewer else "A reviewer"
    said = f": “{task_state.comment}”" if task_state.comment else "."
    messages.warning(
        request,
        f"Changes asked for by {who} ({task_state.task.name}, "
        f"{task_state.finished_at:%-d %B %Y}){said} Make the changes, then submit the listing "
        "again.",
    )
