"""Targets the steering group sets for its KPIs, shown beside each figure on the dashboard."""

from datetime import date
from decimal import Decimal
from http import HTTPStatus

import pytest

from django.core.exceptions import ValidationError

from monitoring.models import KpiTarget, PageViewDay, SearchDay
from roles.groups import ANALYSTS
from tests.factories import UserFactory

DASHBOARD = "/admin/monitoring/"
TARGETS = "/admin/snippets/monitoring/kpitarget/"
MARCH = "?start=2025-03-01&end=2025-03-31"


def kpi_row(html: str, label: str) -> str:
    start = html.index(f'<th scope="row">{label}</th>')
    return html[start : html.index("</tr>", start)]


@pytest.fixture
def march(db):
    PageViewDay.objects.create(path="/", day=date(2025, 2, 10), count=100)
    PageViewDay.objects.create(path="/", day=date(2025, 3, 10), count=112)
    SearchDay.objects.create(day=date(2025, 3, 3), query="respite", zero_results=True, count=4)


def test_the_steering_group_sets_a_target_and_sees_each_figure_against_it(
    client, site, steering_member, march
):
    client.force_login(steering_member)
    response = client.post(
        f"{TARGETS}add/", {"kpi": "page_views", "direction": "at_least", "value": "150"}
    )
    assert response.status_code == HTTPStatus.FOUND
    client.post(
        f"{TARGETS}add/", {"kpi": "zero_result_searches", "direction": "at_most", "value": "5"}
    )

    html = client.get(f"{DASHBOARD}{MARCH}").content.decode()

    views = kpi_row(html, "Page views")
    assert "↑ up 12% from the period before" in views
    assert "Target at least 150: not met" in views
    assert "Target at most 5: met" in kpi_row(html, "Searches that found nothing")
    assert "No target set" in kpi_row(html, "Searches")
    assert f'href="{TARGETS}"' in html


def test_a_figure_that_cannot_be_worked_out_keeps_its_reason_beside_its_target(
    client, site, steering_member, march
):
    KpiTarget.objects.create(kpi="feedback_helpful_pct", value=Decimal(80))
    client.force_login(steering_member)

    row = kpi_row(
        client.get(f"{DASHBOARD}{MARCH}").content.decode(), "Answers saying a page helped (%)"
    )

    assert "Not worked out: nobody answered whether a page helped" in row
    assert "Target at least 80%" in row and "met" not in row.replace("Target", "")


def test_a_percentage_target_over_100_is_refused(db):
    with pytest.raises(ValidationError):
        KpiTarget(kpi="mystery_shop_positive_pct", value=Decimal(120)).full_clean()
    with pytest.raises(ValidationError):
        KpiTarget(kpi="page_views", value=Decimal(-1)).full_clean()


def test_one_target_per_figure(client, site, steering_member):
    KpiTarget.objects.create(kpi="page_views", value=Decimal(100))
    client.force_login(steering_member)
    response = client.post(
        f"{TARGETS}add/", {"kpi": "page_views", "direction": "at_least", "value": "200"}
    )
    assert response.status_code == HTTPStatus.OK
    assert KpiTarget.objects.get().value == 100


def test_kpi_viewers_read_the_targets_and_cannot_change_them(client, site):
    target = KpiTarget.objects.create(kpi="page_views", value=Decimal(100))
    client.force_login(UserFactory(groups=[ANALYSTS]))

    assert client.get(TARGETS).status_code == HTTPStatus.OK
    assert client.get(f"{TARGETS}add/").status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    client.post(
        f"{TARGETS}edit/{target.pk}/", {"kpi": "page_views", "direction": "at_least", "value": "1"}
    )
    target.refresh_from_db()
    assert target.value == 100
    assert "Set the targets" not in client.get(DASHBOARD).content.decode()
