"""The annual report page: the year's KPIs beside the year before, charts with tables."""

from datetime import date
from http import HTTPStatus

import pytest

from django.core.exceptions import ValidationError

from monitoring.models import AnnualReportPage, PageViewDay
from tests.factories import EntryFactory, VisitFactory


@pytest.fixture
def report(site):
    home, _directory = site
    PageViewDay.objects.create(path="/", day=date(2025, 2, 1), count=150)
    PageViewDay.objects.create(path="/", day=date(2024, 2, 1), count=100)
    VisitFactory(visited_on=date(2025, 8, 1))
    EntryFactory(
        status="done",
        date=date(2025, 3, 1),
        you_said="Opening times were missing from many listings.",
        we_did="Every listing now shows its opening times.",
    )
    EntryFactory(status="done", date=date(2024, 3, 1), you_said="Last year's entry.")
    return home.add_child(
        instance=AnnualReportPage(
            title="Local Offer annual report 2025",
            slug="annual-report-2025",
            year=2025,
            introduction="<p>What changed this year.</p>",
            sections=[
                (
                    "section",
                    {"heading": "Upcoming campaigns", "body": "<p>Short breaks in spring.</p>"},
                )
            ],
        )
    )


def test_the_report_shows_the_year_beside_the_last_with_charts_and_tables(report, visitor):
    response = visitor.get(report.url)
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert '<h2 class="govuk-heading-l">Upcoming campaigns</h2>' in html
    assert "Short breaks in spring." in html
    # Page views: 150 in 2025, 100 in 2024.
    assert '<th scope="row" class="govuk-table__header">Page views</th>' in html
    assert ">150<" in html and ">100<" in html and ">+50%<" in html
    assert html.count("<svg") == 3
    assert 'aria-labelledby="report-page-views-title report-page-views-desc"' in html
    assert "2025 Q3" in html
    assert "Every listing now shows its opening times." in html
    assert "Last year's entry." not in html
    assert 'data-module="app-print"' in html


def test_a_year_has_one_report(report):
    home = report.get_parent()
    with pytest.raises(ValidationError):
        home.add_child(instance=AnnualReportPage(title="Again", slug="again", year=2025))
