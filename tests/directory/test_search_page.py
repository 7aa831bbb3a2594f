"""/services/ through the Django test client: hostile input, stable URLs, constant queries."""

from http import HTTPStatus

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import NeedTypeFactory, ServicePageFactory, make_site


@pytest.fixture
def directory_page(db):
    _home, directory = make_site()
    return directory


@pytest.fixture
def autism(db):
    return NeedTypeFactory(code="ASD", name="Autism", slug="autism")


def get(client, query_string=""):
    return client.get(f"/services/{query_string}")


def test_lists_services_with_counts_in_the_heading_and_facets(client, directory_page, autism):
    ServicePageFactory(parent=directory_page, title="Autism outreach", needs=[autism])
    ServicePageFactory(parent=directory_page, title="Hearing team")

    response = get(client, "?need=asd")

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert ">1 service</h2>" in html
    assert "Autism (1)" in html
    assert 'value="ASD" checked' in html
    assert "Autism outreach" in html
    assert "Hearing team" not in html
    assert "Need: Autism" in html  # the removable tag


@pytest.mark.parametrize(
    "query_string",
    [
        "?age=abc&page=-5&need=%3Cscript%3Ealert(1)%3C/script%3E",
        "?q=%3Cscript%3Ealert(1)%3C/script%3E",
        "?sort=%3Cscript%3E&area=%22%3E%3Cscript%3E",
        "?page=99999999999999999999&age=-1",
        "?age=26&cost=free&cost=free&cost=nonsense",
        "?q=" + "speech%20" * 2000,
        "?q=%22unbalanced&q=(&q=*&q=NEAR",
        "?q=%00%01",
    ],
)
def test_hostile_parameters_never_fail_and_are_never_echoed_raw(
    client, directory_page, query_string
):
    ServicePageFactory(parent=directory_page, title="Speech therapy")

    response = get(client, query_string)

    assert response.status_code == HTTPStatus.OK
    assert b"<script>" not in response.content
    assert b"alert(1)</" not in response.content


def test_an_impossible_age_is_explained(client, directory_page):
    response = get(client, "?age=abc")

    html = response.content.decode()
    assert "There is a problem" in html
    assert "Enter an age as a whole number, like 6" in html
    assert "<title>Error:" in html


def test_a_page_past_the_end_shows_the_last_page(client, directory_page):
    ServicePageFactory(parent=directory_page, title="Only service")

    response = get(client, "?page=7")

    assert response.status_code == HTTPStatus.OK
    assert "Only service" in response.content.decode()


def test_zero_results_offer_ways_out_with_their_counts(client, directory_page, autism):
    ServicePageFactory(parent=directory_page, title="Autism outreach", needs=[autism], max_age=10)

    html = get(client, "?need=ASD&age=20").content.decode()

    assert ">0 services</h2>" in html
    assert "No services match your search." in html
    assert "Remove “20 years old”" in html
    assert "(1 service)" in html


def test_more_than_one_facet_asks_search_engines_not_to_index(client, directory_page, autism):
    assert b'name="robots" content="noindex"' not in get(client, "?need=ASD").content
    assert b'name="robots" content="noindex"' in get(client, "?need=ASD&cost=free").content


def test_public_search_sets_no_cookies(client, directory_page):
    response = get(client, "?q=speech&age=6")

    assert response.cookies == {}


def test_query_count_does_not_grow_with_the_results_shown(client, directory_page, autism):
    def queries_for_listing():
        with CaptureQueriesContext(connection) as queries:
            assert get(client, "?need=ASD&q=outreach").status_code == HTTPStatus.OK
        return len(queries)

    ServicePageFactory(parent=directory_page, title="Outreach 0", needs=[autism])
    queries_for_listing()  # the first request also creates the site settings row
    few = queries_for_listing()
    for number in range(1, 20):
        ServicePageFactory(parent=directory_page, title=f"Outreach {number}", needs=[autism])
    queries_for_listing()  # new listings bring new words: the spelling vocabulary is rebuilt
    many = queries_for_listing()

    assert many == few


def test_a_corrected_search_says_so_and_links_to_the_words_as_typed(client, directory_page):
    ServicePageFactory(parent=directory_page, title="Autism support group")

    html = get(client, "?q=autsim+support&age=6").content.decode()

    assert "Showing results for <strong>autism support</strong>." in html
    assert 'href="/services/?q=autsim+support&amp;age=6&amp;exact=on">autsim support</a>' in html
    assert "Autism support group" in html
    as_typed = get(client, "?q=autsim+support&age=6&exact=on").content.decode()
    assert "Showing results for" not in as_typed
    assert 'name="exact" value="on"' in as_typed


def test_an_age_band_shows_as_one_removable_filter(client, directory_page):
    ServicePageFactory(parent=directory_page, title="Nursery", min_age=2, max_age=5)
    ServicePageFactory(parent=directory_page, title="College", min_age=16, max_age=25)

    html = get(client, "?age_from=0&age_to=4").content.decode()

    assert "Nursery" in html
    assert "College" not in html
    assert "Ages: 0 to 4" in html
    assert 'href="/services/"' in html  # removing the band
    assert 'name="age_from" value="0"' in html


def test_an_upside_down_age_band_is_explained(client, directory_page):
    html = get(client, "?age_from=10&age_to=4").content.decode()

    assert "The oldest age must not be below the youngest" in html
    assert 'href="#age"' in html
