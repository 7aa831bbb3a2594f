"""Counting never gets in a visitor's way, and only people are counted: tokens are never
counted as pages, bots and scripts move no count, a busy database drops a count rather than
keeping a visitor waiting."""

import time
from http import HTTPStatus

import pytest

from django.test import Client

from monitoring.models import ContactClickDay, PageViewDay, ReferrerDay, SearchDay
from tests.busy_database import another_writer_holding, read_only_database
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


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_page_view_never_waits_for_a_busy_database():
    make_site()
    # The layout creates the site's settings on first use: before the lock, by a script
    # that is not counted.
    Client().get("/")
    visitor = Client(HTTP_USER_AGENT=BROWSER)
    # Another writer in the middle of a long transaction on the counts, which PostgreSQL
    # would have any other writer wait for as long as it lasts.
    with another_writer_holding(PageViewDay._meta.db_table, refuse=False):
        started = time.monotonic()
        response = visitor.get("/")
        elapsed = time.monotonic() - started
    assert response.status_code == HTTPStatus.OK
    assert elapsed < 3, f"the page waited {elapsed:.1f} s for the count"
    assert not PageViewDay.objects.exists()


# Transactional: a read-only PostgreSQL refuses writes in transactions begun after it is
# set, which a test's own transaction is not.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_healthz_reports_a_read_only_database_as_unhealthy(client):
    make_site()
    assert client.get("/healthz").json()["database"] == "ok"
    with read_only_database():
        response = client.get("/healthz")
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert response.json()["database"] == "read-only"
