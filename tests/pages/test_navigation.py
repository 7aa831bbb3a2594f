"""Finding one's way around the demo Local Offer as a visitor does: by following links from
the home page."""

import re
from http import HTTPStatus
from urllib.parse import urldefrag

import pytest

from django.test import Client

from wagtail.models import Page

from directory.models import SEN_QUESTIONS, ServicePage
from pages.coverage import MISSING, PARTLY, local_offer_coverage
from pages.models import HomePage

MAX_CLICKS = 3
LINK = re.compile(r'<a\b[^>]*\shref="([^"]*)"')
# Not pages to read: the admin, downloads, feeds and the counted contact redirects.
NOT_PAGES = re.compile(r"^/(admin|documents)/|/feed/$|/contact/\w+/$")


def internal_links(html: str) -> set[str]:
    links = set()
    for href in LINK.findall(html):
        address = urldefrag(href.replace("&amp;", "&")).url
        if address.startswith("/") and not address.startswith("//"):
            links.add(address)
    return links


@pytest.fixture(scope="module")
def crawl(demo_local_offer, django_db_blocker):
    """Every address reached from the home page, with the fewest clicks it takes and its
    HTML. Searches (addresses with a query) and service listings are reached but not read:
    listings are found through search and browse, which their own tests cover."""
    client = Client()
    with django_db_blocker.unblock():
        services = {page.url for page in ServicePage.objects.live()}
        clicks: dict[str, int] = {"/": 0}
        html: dict[str, str] = {}
        frontier = ["/"]
        for depth in range(MAX_CLICKS + 1):
            following = []
            for address in frontier:
                if "?" in address or address in services or NOT_PAGES.search(address):
                    continue
                response = client.get(address)
                assert response.status_code == HTTPStatus.OK, (address, response.status_code)
                html[address] = response.content.decode()
                if depth == MAX_CLICKS:
                    continue
                for link in internal_links(html[address]):
                    if link not in clicks:
                        clicks[link] = depth + 1
                        following.append(link)
            frontier = following
    return clicks, html


def test_every_published_page_but_listings_is_within_three_clicks_of_home(
    demo_local_offer, db, crawl
):
    clicks, _ = crawl
    pages = Page.objects.live().public().descendant_of(HomePage.objects.get(), inclusive=True)
    pages = pages.not_type(ServicePage).specific()

    unreached = [page.url for page in pages if clicks.get(page.url, MAX_CLICKS + 1) > MAX_CLICKS]

    assert len(pages) >= 20
    assert unreached == []


def test_the_main_journeys_are_one_or_two_clicks_from_home(demo_local_offer, db, crawl):
    clicks, _ = crawl

    assert clicks["/advice/"] == 1
    assert clicks["/advice/education/"] == 1
    assert clicks["/advice/education/ehc-needs-assessments-and-plans/"] == 1  # most needed
    assert clicks["/advice/education/annual-reviews/"] == 2
    assert clicks["/news/"] == 1
    assert clicks["/news/events/"] == 2
    assert clicks["/you-said-we-did/"] == 1
    assert clicks["/tell-us-what-you-think/"] == 1


def test_every_page_type_has_breadcrumbs_and_the_feedback_widget(demo_local_offer, db, crawl):
    _, html = crawl
    seen_types = set()
    for page in Page.objects.live().public().not_type(ServicePage).specific():
        if page.url not in html:
            continue
        seen_types.add(type(page).__name__)
        content = html[page.url]
        assert 'id="feedback-heading"' in content, page.url
        if not isinstance(page, HomePage):
            assert 'class="govuk-breadcrumbs' in content, page.url

    assert {
        "HomePage",
        "SectionPage",
        "InformationPage",
        "GlossaryPage",
        "NewsIndexPage",
        "NewsPage",
        "EventIndexPage",
        "EventPage",
        "AnnualReportPage",
        "CoveragePage",
    } <= seen_types


def test_the_demo_meets_every_requirement_with_its_settings_own_sen_information(
    demo_local_offer, db
):
    coverage = local_offer_coverage()

    assert coverage.count(PARTLY) == 0
    assert coverage.count(MISSING) == 0
    assert coverage.percent == 100
    # Schedule 2, paragraph 5 is met by the schools' and nurseries' own listings.
    schools = ServicePage.objects.live().exclude(setting_type="")
    assert schools.filter(setting_type="early-years").exists()
    assert all(len(school.sen_answers()) == len(SEN_QUESTIONS) for school in schools)
