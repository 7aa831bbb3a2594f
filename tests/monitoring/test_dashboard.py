"""The KPI dashboard, its CSV downloads and the JSON endpoint, for the right people only."""

import base64
import csv
import io
import json
from datetime import date
from http import HTTPStatus

import pytest

from django.contrib.auth.models import Group

from monitoring.models import PageViewDay, SearchDay
from roles.groups import EDITORS
from tests.factories import VisitFactory

DASHBOARD = "/admin/monitoring/"
KPIS = "/api/monitoring/kpis/"


@pytest.fixture
def counts(site):
    PageViewDay.objects.create(path="/", day=date(2025, 3, 2), count=40)
    PageViewDay.objects.create(path="/services/", day=date(2025, 4, 9), count=2)
    SearchDay.objects.create(query="trampoline", day=date(2025, 4, 9), zero_results=True, count=3)
    VisitFactory(visited_on=date(2025, 5, 1))


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "e@example.org", "pw")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def _login(client, user) -> None:
    assert client.login(username=user.username, password="pw")


def test_the_steering_group_sees_the_dashboard_with_charts_and_tables(
    counts, client, steering_member
):
    _login(client, steering_member)
    response = client.get(DASHBOARD, {"start": "2025-01-01", "end": "2025-06-30"})
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert html.count("<svg") >= 4 and html.count("<title id=") >= 4
    assert "Bar chart of page views by month, from Jan 2025 to Jun 2025." in html
    assert '<th scope="row">Mar 2025</th>' in html
    assert "trampoline" in html
    assert 'href="/admin/monitoring/tables/top-pages/?start=2025-01-01&amp;end=2025-06-30' in html
    assert 'href="/admin/"' in html  # the admin around it


def test_the_menu_shows_monitoring_only_to_those_who_may_see_it(
    site, client, steering_member, editor
):
    _login(client, steering_member)
    assert DASHBOARD in client.get("/admin/").content.decode()
    _login(client, editor)
    assert DASHBOARD not in client.get("/admin/").content.decode()


def test_others_are_turned_away(site, client, editor):
    response = client.get(DASHBOARD)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/admin/login/")
    _login(client, editor)
    for url in (DASHBOARD, "/admin/monitoring/tables/top-pages/?export=csv"):
        response = client.get(url)
        assert response.status_code == HTTPStatus.FOUND
        assert response["Location"] == "/admin/"


def test_superusers_see_it_too(site, client, admin_user):
    client.force_login(admin_user)
    assert client.get(DASHBOARD).status_code == HTTPStatus.OK


def test_every_table_downloads_as_csv_for_the_period(counts, client, steering_member):
    _login(client, steering_member)
    html = client.get(DASHBOARD, {"start": "2025-01-01", "end": "2025-06-30"}).content.decode()
    csv_links = [
        part.split('"')[0].replace("&amp;", "&")
        for part in html.split('href="')[1:]
        if "export=csv" in part.split('"')[0]
    ]
    assert len(csv_links) == 12
    for url in csv_links:
        response = client.get(url)
        assert response.status_code == HTTPStatus.OK, url
        assert response["Content-Type"] == "text/csv"
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
        assert len(rows) >= 1, url

    response = client.get(
        "/admin/monitoring/tables/page-views-by-month/",
        {"start": "2025-03-01", "end": "2025-04-30", "export": "csv"},
    )
    assert "page-views-by-month-2025-03-01-to-2025-04-30.csv" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows == [["Month", "Page views"], ["Mar 2025", "40"], ["Apr 2025", "2"]]


def test_a_table_is_a_report_page_too(counts, client, steering_member):
    _login(client, steering_member)
    response = client.get("/admin/monitoring/tables/zero-result-searches/?start=2025-01-01")
    assert response.status_code == HTTPStatus.OK
    assert "trampoline" in response.content.decode()


def test_a_bad_date_in_the_dashboard_falls_back_to_the_last_year(site, client, steering_member):
    _login(client, steering_member)
    response = client.get(DASHBOARD, {"start": "not-a-date", "end": "2025-13-45"})
    assert response.status_code == HTTPStatus.OK


def test_the_json_endpoint_gives_every_kpi_to_a_signed_in_member(counts, client, steering_member):
    _login(client, steering_member)
    response = client.get(KPIS, {"start": "2025-01-01", "end": "2025-06-30"})
    assert response.status_code == HTTPStatus.OK
    data = response.json()
    assert data["from"] == "2025-01-01" and data["to"] == "2025-06-30"
    assert data["page_views"] == 42
    assert data["zero_result_searches"] == 3
    assert data["mystery_shop_visits"] == 1
    assert data["mystery_shop_positive_pct"] == 100.0


def test_a_machine_uses_basic_authentication(counts, client, steering_member, editor):
    def basic(username, password):
        token = base64.b64encode(f"{username}:{password}".encode()).decode()
        return {"HTTP_AUTHORIZATION": f"Basic {token}"}

    response = client.get(
        KPIS, {"start": "2025-01-01", "end": "2025-06-30"}, secure=True, **basic("steering", "pw")
    )
    assert response.status_code == HTTPStatus.OK
    assert json.loads(response.content)["page_views"] == 42
    assert not response.cookies

    wrong = client.get(KPIS, secure=True, **basic("steering", "wrong"))
    assert wrong.status_code == HTTPStatus.UNAUTHORIZED
    # A right password without the permission is answered as a wrong one: it confirms nothing.
    assert client.get(KPIS, secure=True, **basic("editor", "pw")).status_code == 401
    assert client.get(KPIS, secure=True, HTTP_AUTHORIZATION="Basic !!!").status_code == 401
    response = client.get(KPIS)
    assert response.status_code == HTTPStatus.UNAUTHORIZED
    assert response["WWW-Authenticate"].startswith("Basic")


def test_the_json_endpoint_refuses_a_backwards_period(site, client, steering_member):
    _login(client, steering_member)
    response = client.get(KPIS, {"start": "2025-06-30", "end": "2025-01-01"})
    assert response.status_code == HTTPStatus.BAD_REQUEST


def test_password_guesses_are_rate_limited(site, client, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 3
    guess = {"HTTP_AUTHORIZATION": "Basic " + base64.b64encode(b"steering:guess").decode()}
    statuses = [client.get(KPIS, secure=True, **guess).status_code for _ in range(4)]
    assert statuses == [401, 401, 401, HTTPStatus.TOO_MANY_REQUESTS]


def test_right_credentials_never_count_against_the_limit(counts, client, steering_member, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 2
    right = {"HTTP_AUTHORIZATION": "Basic " + base64.b64encode(b"steering:pw").decode()}
    wrong = {"HTTP_AUTHORIZATION": "Basic " + base64.b64encode(b"steering:guess").decode()}
    right = {"secure": True, **right}
    wrong = {"secure": True, **wrong}
    assert [client.get(KPIS, **right).status_code for _ in range(5)] == [HTTPStatus.OK] * 5
    assert client.get(KPIS, **wrong).status_code == HTTPStatus.UNAUTHORIZED
    assert client.get(KPIS, **right).status_code == HTTPStatus.OK
    assert client.get(KPIS, **wrong).status_code == HTTPStatus.UNAUTHORIZED
    # Two failures: the allowance is used up, for guesses and for everyone at that address.
    assert client.get(KPIS, **wrong).status_code == HTTPStatus.TOO_MANY_REQUESTS
