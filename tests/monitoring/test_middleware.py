"""Page views are counted through the real middleware stack, for real requests."""

from http import HTTPStatus

import pytest

from django.test import Client
from django.utils import timezone

from monitoring.models import PageViewDay, ReferrerDay
from tests.factories import ServicePageFactory
from tests.monitoring.conftest import BROWSER


def _views() -> dict[str, int]:
    return dict(PageViewDay.objects.values_list("path", "count"))


def test_each_public_page_view_is_counted_per_path_for_today(site, visitor):
    home, directory = site
    service = ServicePageFactory(parent=directory)
    for path in ("/", "/", f"/services/{service.slug}/", "/?q=ignored"):
        assert visitor.get(path).status_code == HTTPStatus.OK
    assert _views() == {"/": 3, f"/services/{service.slug}/": 1}
    assert set(PageViewDay.objects.values_list("day", flat=True)) == {timezone.localdate()}


def test_nothing_about_the_visitor_is_stored(site, visitor):
    visitor.get("/", REMOTE_ADDR="203.0.113.9", HTTP_REFERER="https://www.example.org/x?y=1")
    stored = [
        str(value)
        for model in (PageViewDay, ReferrerDay)
        for row in model.objects.values()
        for value in row.values()
    ]
    assert not any("203.0.113.9" in value or "Mozilla" in value for value in stored)
    assert list(ReferrerDay.objects.values_list("domain", "count")) == [("example.org", 1)]


def test_links_within_the_site_are_not_referrers(site, visitor):
    visitor.get("/", HTTP_REFERER="http://testserver/services/")
    visitor.get("/", HTTP_REFERER="not a url at all")
    assert not ReferrerDay.objects.exists()
    assert _views() == {"/": 2}


@pytest.mark.parametrize(
    "user_agent",
    [
        "",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0)",
        "facebookexternalhit/1.1",
        "curl/8.5.0",
        "python-requests/2.32",
        "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/131.0 Safari/537.36",
    ],
)
def test_bots_and_scripts_are_not_counted(site, client, user_agent):
    assert client.get("/", HTTP_USER_AGENT=user_agent).status_code == HTTPStatus.OK
    assert _views() == {}


@pytest.mark.parametrize(
    "header", [{"HTTP_SEC_PURPOSE": "prefetch;prerender"}, {"HTTP_PURPOSE": "prefetch"}]
)
def test_prefetches_are_not_counted(site, visitor, header):
    visitor.get("/", **header)
    assert _views() == {}


def test_only_successful_get_requests_for_html_pages_are_counted(site, visitor):
    assert visitor.get("/no-such-page/").status_code == HTTPStatus.NOT_FOUND
    assert visitor.head("/").status_code == HTTPStatus.OK
    assert visitor.get("/sitemap.xml").status_code == HTTPStatus.OK
    assert visitor.get("/healthz").status_code in (HTTPStatus.OK, HTTPStatus.SERVICE_UNAVAILABLE)
    assert _views() == {}


def test_admin_and_signed_in_staff_are_not_counted(site, visitor, admin_user):
    visitor.get("/admin/login/")
    visitor.force_login(admin_user)
    visitor.get("/admin/")
    visitor.get("/")
    assert _views() == {}


def test_visitors_on_the_same_day_share_one_row(site):
    for _ in range(2):
        Client(HTTP_USER_AGENT=BROWSER).get("/")
    assert PageViewDay.objects.count() == 1
    assert _views() == {"/": 2}
