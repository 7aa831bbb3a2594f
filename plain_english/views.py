from django.urls import reverse
from django.utils.html import format_html

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from plain_english.models import PlainEnglishSettings
from plain_english.selectors import ReadingAgeRow, pages_above_reading_age
from public_forms.spreadsheets import SpreadsheetSafeExportMixin


def _title_cell(row: ReadingAgeRow) -> str:
    return format_html(
        '<a href="{}">{}</a>', reverse("wagtailadmin_pages:edit", args=[row.page.pk]), row.title
    )


class ReadingAgeReportView(SpreadsheetSafeExportMixin, ReportView):
    """Reports › Reading age: live pages harder to read than the target editors set in
    Settings › Plain English, with CSV and Excel downloads."""

    page_title = "Reading age"
    header_icon = "doc-full"
    index_url_name = "reading_age_report"
    index_results_url_name = "reading_age_report_results"
    results_template_name = "plain_english/reading_age_results.html"
    paginate_by = 50
    any_permission_required = ["access_admin"]
    list_export = ["title", "kind", "reading_age", "url"]
    export_headings = {
        "title": "Page",
        "kind": "Text",
        "reading_age": "Reading age",
        "url": "Address",
    }
    columns = [
        Column("title", label="Page", accessor=_title_cell),
        Column("kind", label="Text measured"),
        Column("reading_age", label="Reading age"),
    ]

    def get_filename(self) -> str:
        return "reading-age"

    def get_queryset(self):
        self.target = PlainEnglishSettings.for_request(self.request).target_reading_age
        return pages_above_reading_age(target=self.target)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            target=self.target,
            settings_url=reverse(
                "wagtailsettings:edit", args=["plain_english", "plainenglishsettings"]
            ),
        )
        return context
