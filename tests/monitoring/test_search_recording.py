"""Searches are counted from the search engine's `search_performed` signal, scrubbed."""

from http import HTTPStatus

import pytest

from django.utils import timezone

from monitoring.models import SearchDay
from monitoring.services import search_facets_describe, search_query_normalise
from search.engine import search_services
from search.query import ServiceQuery
from tests.factories import NeedTypeFactory, ServicePageFactory


@pytest.fixture
def directory(site):
    _home, directory = site
    autism = NeedTypeFactory(code="ASD", name="Autism", slug="autism")
    ServicePageFactory(parent=directory, title="Speech therapy", needs=[autism])
    return directory


def _searches() -> list[tuple]:
    return list(
        SearchDay.objects.order_by("query", "facets").values_list(
            "query", "facets", "zero_results", "result_count", "count"
        )
    )


def test_a_search_on_the_directory_page_is_counted_with_its_facets(directory, visitor):
    for address in ("192.0.2.1", "192.0.2.2"):
        response = visitor.get("/services/?q=Speech++Therapy&need=ASD&age=6", REMOTE_ADDR=address)
        assert response.status_code == HTTPStatus.OK
    assert _searches() == [("speech therapy", "age:6 need:ASD", False, 1, 2)]
    assert SearchDay.objects.get().day == timezone.localdate()


def test_searches_that_find_nothing_are_flagged(directory, visitor):
    visitor.get("/services/?q=trampolining")
    assert _searches() == [("trampolining", "", True, 0, 1)]


def test_personal_details_typed_into_search_are_never_stored(directory, visitor):
    visitor.get("/services/?q=call+07700+900123+or+jo@example.org+near+NB1+2AB")
    (query,) = SearchDay.objects.values_list("query", flat=True)
    assert "07700" not in query and "example.org" not in query and "nb1" not in query
    assert query == (
        "call [phone number removed] or [email address removed] near [postcode removed]"
    )


def test_browsing_and_later_pages_are_not_searches(directory, visitor):
    visitor.get("/services/")
    search_services(ServiceQuery(text="speech", page=2))
    assert _searches() == []


def test_counts_the_site_makes_for_itself_are_not_recorded(directory):
    search_services(ServiceQuery(text="speech"), record=False)
    assert _searches() == []
    search_services(ServiceQuery(text="speech"))
    assert _searches() == [("speech", "", False, 1, 1)]


def test_age_zero_is_a_filter():
    assert search_facets_describe(filters={}, age=0) == "age:0"


def test_facets_are_described_in_a_stable_order():
    described = search_facets_describe(
        filters={"need": ("SLCN", "ASD"), "area": ("north",), "cost": ()}, age=None
    )
    assert described == "area:north need:ASD,SLCN"


def test_queries_are_normalised_and_cut_to_length():
    assert search_query_normalise("  Speech \n\t THERAPY ") == "speech therapy"
    assert len(search_query_normalise("word " * 100)) == 100
