"""The "Listings due for review" report in the Wagtail admin, with CSV and XLSX export."""

import django_filters

from django.core.exceptions import PermissionDenied
from django.utils import timezone

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from directory.models import Organisation, ServicePage
from directory.selectors import DUE_SOON_DAYS, listings_due_for_review

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


class ListingsDueReportView(ReportView):
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
