"""No public response sets a cookie: a crawl of every kind of public page and form."""

from datetime import date
from http import HTTPStatus

import pytest

from monitoring.models import AnnualReportPage
from pages.models import GlossaryPage, InformationPage
from tests.factories import (
    EntryFactory,
    MysteryShopCampaignFactory,
    ScenarioFactory,
    ServicePageFactory,
)

ORIGIN = {"HTTP_ORIGIN": "http://testserver"}


@pytest.fixture
def public_site(site):
    home, directory = site
    service = ServicePageFactory(
        parent=directory, phone="01632 960123", email="a@b.example", website="https://x.example/"
    )
    information = home.add_child(instance=InformationPage(title="About SEND", slug="about"))
    glossary = home.add_child(instance=GlossaryPage(title="Glossary", slug="glossary"))
    report = home.add_child(
        instance=AnnualReportPage(title="Annual report 2025", slug="annual-report", year=2025)
    )
    entry = EntryFactory(date=date(2025, 5, 1))
    campaign = MysteryShopCampaignFactory(scenarios=[ScenarioFactory()])
    return {
        "pages": [
            "/",
            "/services/",
            "/services/?q=speech&age=6",
            service.url,
            f"{service.url}suggest-a-change/",
            information.url,
            glossary.url,
            report.url,
            "/you-said-we-did/",
            f"/you-said-we-did/{entry.pk}/",
            "/you-said-we-did/feed/",
            "/feedback/?path=/",
            "/tell-us-what-you-think/",
            f"/mystery-shopping/{campaign.token}/",
            "/no-such-page/",
            "/sitemap.xml",
        ],
        "redirects": [
            f"/services/{service.pk}/contact/{kind}/" for kind in ("phone", "email", "website")
        ],
        "posts": [
            ("/feedback/", {"path": "/", "helpful": "yes"}),
            ("/tell-us-what-you-think/", {"category": "idea", "message": "More clubs"}),
            (f"/mystery-shopping/{campaign.token}/", {"outcome": "found"}),
        ],
    }


def test_no_public_response_sets_a_cookie(public_site, visitor):
    for url in public_site["pages"]:
        response = visitor.get(url)
        assert response.status_code in (HTTPStatus.OK, HTTPStatus.NOT_FOUND), url
        assert "Set-Cookie" not in response.headers and not response.cookies, url
    for url in public_site["redirects"]:
        response = visitor.get(url)
        assert response.status_code == HTTPStatus.FOUND, url
        assert not response.cookies, url
    for url, data in public_site["posts"]:
        response = visitor.post(url, data, **ORIGIN)
        assert response.status_code < 500, url
        assert not response.cookies, url
