from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from plain_english.views import ReadingAgeReportView


@hooks.register("register_admin_urls")
def register_reading_age_urls():
    return [
        path("reports/reading-age/", ReadingAgeReportView.as_view(), name="reading_age_report"),
        path(
            "reports/reading-age/results/",
            ReadingAgeReportView.as_view(results_only=True),
            name="reading_age_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_reading_age_menu_item():
    return MenuItem(
        "Reading age",
        reverse("reading_age_report"),
        name="reading-age",
        icon_name="doc-full",
        order=1200,
    )
