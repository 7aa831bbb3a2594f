"""Counting never gets in a visitor's way, and only people are counted: tokens are never
counted as pages, bots and scripts move no count, a busy database drops a count rather than
keeping a visitor waiting."""

import threading
import time
from http import HTTPStatus

import pytest

from django.db import connection, connections

from monitoring.models import ContactClickDay, PageViewDay, ReferrerDay, SearchDay
from tests.factories import ServicePageFactory, make_site
from tests.monitoring.conftest import BROWSER

SCRIPTS = ["Googlebot/2.1 (+http://www.google.com/bot.html)", "python-requests/2.32", "curl/8.5"]


@pytest.fixture
def service(site):
    _home, directory = site
    return ServicePageFactory(parent=directory, title="Speech therapy", website="https://x.org")


def test_a_signed_review_link_is_never_counted_as_a_page(site, visitor, django_user_model):
    from directory.models import ReviewReminder
    from directory.services import review_link_token

    _home, directory = site
    service = ServicePageFactory(parent=directory)
    reminder = ReviewReminder.objects.create(service=service, due_on="2026-01-01", sent_to="a")
    token = review_link_token(reminder=reminder)
    assert visitor.get(f"/listing-check/{token}/").status_code == HTTPStatus.OK
    assert not PageViewDay.objects.filter(path__contains="listing-check").exists()


@pytest.mark.parametrize("user_agent", SCRIPTS)
def test_bots_and_scripts_move_no_count(site, service, client, user_agent):
    client.defaults["HTTP_USER_AGENT"] = user_agent
    client.get("/services/?q=speech", HTTP_REFERER="https://spam.example/")
    client.get("/services/?q=nothing+matches+this")
    client.get(f"/services/{service.pk}/contact/website/", HTTP_REFERER="https://spam.example/")
    for model in (PageViewDay, SearchDay, ReferrerDay, ContactClickDay):
        assert not model.objects.exists(), model.__name__


def test_a_repeated_search_or_contact_click_from_one_client_counts_once(site, service, visitor):
    for _ in range(5):
        visitor.get("/services/?q=speech")
        visitor.get("/services/?q=nothing+matches+this")
        visitor.get(f"/services/{service.pk}/contact/website/")
    assert list(SearchDay.objects.values_list("count", flat=True)) == [1, 1]
    assert ContactClickDay.objects.get().count == 1


def test_referrers_from_unknown_sites_are_capped_each_day(site, visitor, settings):
    settings.MONITORING_REFERRERS_PER_DAY = 3
    for number in range(6):
        visitor.get("/", HTTP_REFERER=f"https://made-up-{number}.example/")
    visitor.get("/", HTTP_REFERER="https://made-up-0.example/")
    assert dict(ReferrerDay.objects.values_list("domain", "count")) == {
        "made-up-0.example": 2,
        "made-up-1.example": 1,
        "made-up-2.example": 1,
    }
    assert PageViewDay.objects.get(path="/").count == 7


@pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="makes SQLite read-only or locked; a PostgreSQL version is still to write",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_page_view_never_waits_for_a_busy_database():
    make_site()
    held, release = threading.Event(), threading.Event()

    def hold_the_write_lock():
        # Another writer, with a connection of its own, in the middle of a long transaction.
        other = connections.create_connection("default")
        try:
            with other.cursor() as cursor:
                cursor.execute("UPDATE django_migrations SET app = app")
                if other.vendor == "sqlite":
                    pass  # the UPDATE above holds SQLite's write lock until the commit
                else:
                    cursor.execute("LOCK TABLE monitoring_pageviewday IN EXCLUSIVE MODE")
                held.set()
                release.wait(30)
        finally:
            other.rollback() if not other.get_autocommit() else None
            other.close()

    if connection.vendor == "sqlite" and ":memory:" in str(connection.settings_dict["NAME"]):
        pytest.skip("needs a database file shared by two connections")
    thread = threading.Thread(target=hold_the_write_lock)
    thread.start()
    try:
        assert held.wait(10)
        from django.test import Client

        visitor = Client(HTTP_USER_AGENT=BROWSER)
        started = time.monotonic()
        response = visitor.get("/")
        elapsed = time.monotonic() - started
    finally:
        release.set()
        thread.join()
    assert response.status_code == HTTPStatus.OK
    assert elapsed < 3, f"the page waited {elapsed:.1f} s for the count"


@pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="makes SQLite read-only or locked; a PostgreSQL version is still to write",
)
def test_healthz_reports_a_read_only_database_as_unhealthy(site, client):
    assert client.get("/healthz").json()["database"] == "ok"
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA query_only = ON")
        else:
            cursor.execute("SET default_transaction_read_only = on")
    try:
        response = client.get("/healthz")
    finally:
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                cursor.execute("PRAGMA query_only = OFF")
            else:
                cursor.execute("SET default_transaction_read_only = off")
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert response.json()["database"] == "read-only"
