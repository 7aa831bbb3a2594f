"""The KPI table as people read it: plain names, the period before beside each figure with the
change in words, figures that cannot be worked out say why, and preset reporting periods."""

from datetime import date

from monitoring.admin_views import preset_periods, previous_period
from monitoring.models import PageViewDay
from monitoring.selectors import Period
from roles.groups import ANALYSTS
from tests.factories import UserFactory

DASHBOARD = "/admin/monitoring/"


def test_the_period_before_has_the_same_length():
    period = Period(date(2025, 4, 1), date(2025, 6, 30))
    assert previous_period(period) == Period(date(2024, 12, 31), date(2025, 3, 31))


def test_preset_periods_include_the_reporting_year_to_march():
    presets = {label: (start, end) for label, start, end in preset_periods(today=date(2026, 2, 10))}
    assert presets["This month"] == (date(2026, 2, 1), date(2026, 2, 10))
    assert presets["Last quarter"] == (date(2025, 10, 1), date(2025, 12, 31))
    assert presets["This year"] == (date(2026, 1, 1), date(2026, 2, 10))
    assert presets["Year to March 2026"] == (date(2025, 4, 1), date(2026, 2, 10))


def test_the_kpi_table_speaks_plainly_and_compares(client, site, steering_member):
    PageViewDay.objects.create(path="/", day=date(2025, 2, 10), count=30)
    PageViewDay.objects.create(path="/", day=date(2025, 3, 10), count=45)
    client.force_login(steering_member)

    html = client.get(f"{DASHBOARD}?start=2025-03-01&end=2025-03-31").content.decode()

    assert ">zero_result_searches<" not in html and ">in_progress<" not in html
    assert "Searches that found nothing" in html
    assert "Period before" in html and "↑ up 50% from the period before" in html
    assert "Not worked out: no You said, we did entry in this period answers feedback" in html
    assert "Year to March" in html and "Last quarter" in html


def test_kpi_viewers_read_the_dashboard_and_change_nothing(client, site):
    client.force_login(UserFactory(groups=[ANALYSTS]))
    assert client.get(DASHBOARD).status_code == 200
    assert client.get("/admin/snippets/monitoring/visit/add/").status_code in (302, 403)
    assert client.get("/admin/snippets/feedback/feedback/").status_code in (302, 403)
