"""The judged family searches on the demo Local Offer, on both backends: each must find
something, and at least nine in ten must show a right listing on the first page."""

import pytest

from demo.judged import judge_search, judged_searches
from search.engine import rebuild_index
from search.freshness import data_changed

MIN_SUCCESS_AT_10 = 0.9


@pytest.fixture(params=["database", "elasticsearch"])
def backend(request, demo_local_offer, db):
    if request.param == "elasticsearch":
        request.getfixturevalue("site_on_elasticsearch")
        rebuild_index()
    data_changed()
    return request.param


def test_the_judged_set_is_large_and_every_search_has_a_right_answer():
    searches = judged_searches()

    assert len(searches) >= 60
    assert all(search.relevant for search in searches)


def test_family_searches_find_the_right_listings(backend):
    report = judge_search()

    assert report.found_nothing == []
    assert report.success_at_10 >= MIN_SUCCESS_AT_10, (report.summary(), report.misses)
