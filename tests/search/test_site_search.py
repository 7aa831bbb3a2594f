"""The header's search box: services first with a way into the full directory search, then
advice pages, You said, we did entries and the glossary, each in its own group."""

from http import HTTPStatus

import pytest

from pages.models import InformationPage
from tests.factories import EntryFactory, GlossaryTermFactory, ServicePageFactory


@pytest.fixture
def site(directory_page):
    home = directory_page.get_parent()
    home.add_child(
        instance=InformationPage(
            title="Education, health and care plans",
            slug="ehc-plans",
            summary="What an EHC plan is and how to ask for one.",
            body=[
                (
                    "paragraph",
                    "<p>How to request an education, health and care needs assessment.</p>",
                )
            ],
        )
    )
    home.add_child(
        instance=InformationPage(
            title="Privacy notice", slug="privacy", summary="How we look after your information."
        )
    )
    GlossaryTermFactory(term="EHCP", meaning="Education, Health and Care Plan")
    ServicePageFactory(
        parent=directory_page,
        title="EHC plan advice line",
        summary="Help with education, health and care plans.",
    )
    ServicePageFactory(parent=directory_page, title="Swimming club")
    EntryFactory(
        you_said="The guide to EHC plans used words families did not know.",
        we_did="We rewrote the education, health and care plan guide in plain English.",
    )
    return home


def get(client, text):
    response = client.get("/search/", {"q": text})
    assert response.status_code == HTTPStatus.OK
    return response.content.decode()


def test_an_acronym_reaches_the_services_the_guide_and_the_glossary(client, site):
    html = get(client, "EHCP")

    assert html.index("EHC plan advice line") < html.index("Education, health and care plans")
    assert 'href="/services/?q=EHCP"' in html
    assert "1 service found" in html
    assert 'href="/ehc-plans/"' in html
    assert "You said, we did" in html
    assert "We rewrote the education" in html
    assert "EHCP: Education, Health and Care Plan" in html
    assert "Swimming club" not in html


def test_a_page_that_is_not_a_service_is_found_by_its_words(client, site):
    html = get(client, "privacy")

    assert 'href="/privacy/"' in html
    assert "No services match “privacy”" in html


def test_nothing_found_is_not_a_dead_end(client, site):
    html = get(client, "zzzz qqqq")

    assert "Still cannot find what you need?" in html
    assert 'href="/services/">Browse every service</a>' in html


def test_hostile_or_empty_input_never_fails(client, site):
    for text in ["", " ", "<script>alert(1)</script>", "\x00", "a" * 5000, '"*()OR AND NEAR']:
        html = get(client, text)
        assert "<script>alert(1)</script>" not in html


def test_the_header_search_goes_to_the_site_search(client, site):
    html = client.get("/services/").content.decode()

    assert 'action="/search/"' in html
