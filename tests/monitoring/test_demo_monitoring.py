"""The demo's twelve months of monitoring."""

from datetime import timedelta
from http import HTTPStatus

from monitoring import selectors
from monitoring.models import AnnualReportPage, PageViewDay, Visit
from tests.demo_local_offer import DEMO_DAY

YEAR = selectors.Period(DEMO_DAY - timedelta(days=364), DEMO_DAY)


def test_every_month_of_the_last_year_has_figures(demo_local_offer, db):
    days = PageViewDay.objects.values_list("day", flat=True)
    assert min(days) == YEAR.start and max(days) == DEMO_DAY
    kpis = selectors.kpi_summary(period=YEAR, today=DEMO_DAY)
    for key in ("page_views", "searches", "zero_result_searches", "contact_clicks"):
        assert kpis[key] > 0, key
    assert kpis["feedback_total"] > 1000
    assert 60 < kpis["feedback_helpful_pct"] < 90
    assert kpis["mystery_shop_visits"] >= 50
    assert all(row["page_views"] for row in selectors.page_views_by_month(period=YEAR))
    assert all(row["visits"] for row in selectors.mystery_shop_by_quarter(period=YEAR))


def test_the_campaign_is_open_and_the_annual_report_is_published(demo_local_offer, db, client):
    report = AnnualReportPage.objects.live().get()
    assert report.year == 2024
    assert client.get(report.url).status_code == HTTPStatus.OK
    campaign = Visit.objects.first().campaign
    assert campaign.is_open(on=DEMO_DAY) and campaign.scenarios.count() == 5
