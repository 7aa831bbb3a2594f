"""The demo's twelve months of monitoring, loaded once for the module and rolled back."""

from datetime import date, timedelta
from http import HTTPStatus

import pytest

from django.db import transaction

from wagtail.models import Site

from demo.loader import load_demo_local_offer
from monitoring import selectors
from monitoring.models import AnnualReportPage, PageViewDay, Visit

TODAY = date(2025, 11, 20)
YEAR = selectors.Period(TODAY - timedelta(days=364), TODAY)


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        assert load_demo_local_offer(today=TODAY)
        yield
        transaction.set_rollback(True)
    Site.clear_site_root_paths_cache()


def test_every_month_of_the_last_year_has_figures(loaded, db):
    days = PageViewDay.objects.values_list("day", flat=True)
    assert min(days) == YEAR.start and max(days) == TODAY
    kpis = selectors.kpi_summary(period=YEAR, today=TODAY)
    for key in ("page_views", "searches", "zero_result_searches", "contact_clicks"):
        assert kpis[key] > 0, key
    assert kpis["feedback_total"] > 1000
    assert 60 < kpis["feedback_helpful_pct"] < 90
    assert kpis["mystery_shop_visits"] >= 50
    assert all(row["page_views"] for row in selectors.page_views_by_month(period=YEAR))
    assert all(row["visits"] for row in selectors.mystery_shop_by_quarter(period=YEAR))


def test_the_campaign_is_open_and_the_annual_report_is_published(loaded, db, client):
    report = AnnualReportPage.objects.live().get()
    assert report.year == 2025
    assert client.get(report.url).status_code == HTTPStatus.OK
    campaign = Visit.objects.first().campaign
    assert campaign.is_open(on=TODAY) and campaign.scenarios.count() == 5
