"""The "Listings due for review" report in the Wagtail admin, with CSV and XLSX export, and
the one-click check that a listing is still accurate."""

import django_filters

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from directory.models import CheckedBy, Organisation, ServicePage
from directory.selectors import DUE_SOON_DAYS, listings_due_for_review
from directory.services import listing_review_record
from public_forms.spreadsheets import SpreadsheetSafeExportMixin

REVIEW_PERMISSION = "directory.manage_review_settings"


class DueFilter(django_filters.ChoiceFilter):
    OVERDUE, SOON = "overdue", "soon"

    def filter(self, queryset, value):
        today = timezone.localdate()
        if value == self.OVERDUE:
            return queryset.filter(review_due__lt=today)
        if value == self.SOON:
            return queryset.filter(review_due__gte=today)
        return queryset


class ListingsDueFilterSet(WagtailFilterSet):
    organisation = django_filters.ModelChoiceFilter(
        queryset=Organisation.objects.all(), empty_label="Any organisation"
    )
    due = DueFilter(
        label="When",
        choices=[
            (DueFilter.OVERDUE, "Overdue"),
            (DueFilter.SOON, f"Due in the next {DUE_SOON_DAYS} days"),
        ],
        empty_label="Overdue or due soon",
    )

    class Meta:
        model = ServicePage
        fields = ["organisation"]


def _date(field_name: str):
    def display(service) -> str:
        value = getattr(service, field_name)
        return f"{value:%-d %b %Y}" if value else "Never"

    return display


def _overdue(service) -> str:
    return "Overdue" if service.review_due < timezone.localdate() else ""


class ConfirmColumn(Column):
    """A button that records the listing as still accurate, in one click."""

    cell_template_name = "directory/confirm_listing_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context["request"]
        context["confirm_url"] = reverse("directory_listing_confirm", args=[instance.pk])
        # Table cells are rendered without the request context's CSRF token.
        context["csrf_token"] = get_token(request)
        context["next_url"] = request.get_full_path().replace("/results/", "/", 1)
        return context


class ListingsDueReportView(SpreadsheetSafeExportMixin, ReportView):
    page_title = "Listings due for review"
    header_icon = "date"
    index_url_name = "directory_listings_due"
    index_results_url_name = "directory_listings_due_results"
    filterset_class = ListingsDueFilterSet
    columns = [
        TitleColumn("title", label="Listing", url_name="wagtailadmin_pages:edit"),
        Column("organisation", label="Organisation"),
        Column("review_due", label="Due", accessor=_date("review_due")),
        Column("last_reviewed", label="Last checked", accessor=_date("last_reviewed")),
        Column("overdue", label="Overdue", accessor=_overdue),
        ConfirmColumn("confirm", label="Check"),
    ]
    list_export = [
        "title",
        "organisation.name",
        "review_due",
        "last_reviewed",
        "review_interval_months",
        "full_url",
    ]
    export_headings = {
        "title": "Listing",
        "organisation.name": "Organisation",
        "review_due": "Due",
        "last_reviewed": "Last checked",
        "review_interval_months": "Interval (months)",
        "full_url": "Address",
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REVIEW_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return listings_due_for_review(today=timezone.localdate())

    def get_filename(self):
        return f"listings-due-for-review-{timezone.localdate():%Y-%m-%d}"


@require_POST
def listing_confirm(request, pk):
    """The Local Offer team checked the listing and nothing has changed: record who and
    when, and start its next review cycle, without a draft or a workflow."""
    if not request.user.has_perm(REVIEW_PERMISSION):
        raise PermissionDenied
    service = get_object_or_404(ServicePage.objects.live(), pk=pk)
    listing_review_record(service=service, checked_by=CheckedBy.TEAM, user=request.user)
    messages.success(
        request,
        f"“{service.title}” is confirmed still accurate. "
        f"Its next check is due {service.review_due:%-d %B %Y}.",
    )
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("directory_listings_due")
    return redirect(next_url)
