from django.urls import reverse
from django.utils.html import format_html, format_html_join

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from pages.coverage import COVERED, MISSING, PARTLY, Coverage, local_offer_coverage
from public_forms.spreadsheets import SpreadsheetSafeExportMixin


def _pages_cell(row) -> str:
    return format_html_join(", ", '<a href="{}">{}</a>', ((p.url, p.title) for p in row.pages))


def _edit_cell(row) -> str:
    url = reverse("wagtailsnippets_pages_localofferrequirement:edit", args=[row.requirement.pk])
    return format_html('<a href="{}">{}</a>', url, row.title)


class CoverageReportView(SpreadsheetSafeExportMixin, ReportView):
    """Reports › Local Offer coverage: each statutory requirement, whether published pages
    meet it, and the percentage met, with CSV and Excel downloads."""

    page_title = "Local Offer coverage"
    header_icon = "tasks"
    index_url_name = "local_offer_coverage"
    index_results_url_name = "local_offer_coverage_results"
    results_template_name = "pages/admin/coverage_results.html"
    paginate_by = None
    any_permission_required = ["access_admin"]
    list_export = ["title", "source", "status", "page_titles", "page_urls"]
    export_headings = {
        "title": "Requirement",
        "source": "Source",
        "status": "Status",
        "page_titles": "Pages",
        "page_urls": "Addresses",
    }
    columns = [
        Column("title", label="Requirement", accessor=_edit_cell),
        Column("source", label="Source"),
        Column("status", label="Status"),
        Column("pages", label="Published pages that meet it", accessor=_pages_cell),
    ]

    def get_filename(self) -> str:
        return "local-offer-coverage"

    def get_queryset(self):
        self.coverage: Coverage = local_offer_coverage()
        return self.coverage.rows

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            coverage=self.coverage,
            covered=self.coverage.count(COVERED),
            partly=self.coverage.count(PARTLY),
            missing=self.coverage.count(MISSING),
            total=len(self.coverage.rows),
            requirements_url=reverse("wagtailsnippets_pages_localofferrequirement:list"),
        )
        return context
