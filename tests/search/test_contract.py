"""The search contract, on a fixture whose answers are known. Every backend must pass it."""

import pytest

from search.query import ServiceQuery, Sort


@pytest.fixture
def search(engine, services):
    """Search the known fixture with the backend under test."""
    engine.refresh()

    def search(**kwargs):
        filters = {name: tuple(values) for name, values in kwargs.pop("filters", {}).items()}
        return engine.search(ServiceQuery(filters=filters, **kwargs))

    return search


def titles(results):
    return {hit.page.title for hit in results.hits}


def counts(results, facet):
    return {option.value: option.count for option in results.facets[facet]}


@pytest.fixture
def expected(services):
    return {name: page.title for name, page in services.items()}


@pytest.fixture
def more_services(directory_page, engine):
    """23 services named in order, indexed."""
    from tests.factories import ServicePageFactory

    for number in range(23):
        ServicePageFactory(parent=directory_page, title=f"Service {number:02}")
    engine.refresh()


def test_no_query_lists_every_live_service_by_name(search, expected):
    results = search()

    assert results.total == 4
    assert [hit.page.title for hit in results.hits] == sorted(
        title for name, title in expected.items() if name != "draft"
    )


def test_facet_counts_without_selection_count_each_service_once(search):
    results = search()

    assert counts(results, "need") == {"ASD": 2, "SLCN": 2, "HI": 1}
    assert counts(results, "area") == {"north": 3, "south": 2}
    assert counts(results, "cost") == {"free": 2, "paid": 1, "varies": 1}


def test_a_facet_keeps_its_own_counts_when_one_of_its_values_is_selected(search):
    results = search(filters={"need": ["ASD"]})

    assert results.total == 2
    assert counts(results, "need") == {"ASD": 2, "SLCN": 2, "HI": 1}
    assert counts(results, "area") == {"north": 1, "south": 2}
    assert [o.value for o in results.facets["need"] if o.selected] == ["ASD"]


def test_values_of_one_facet_widen_and_facets_narrow(search, expected):
    either = search(filters={"need": ["ASD", "SLCN"]})
    both = search(filters={"need": ["ASD"], "area": ["north"]})

    assert either.total == 3
    assert titles(both) == {expected["group"]}
    assert counts(both, "need") == {"ASD": 1, "SLCN": 2, "HI": 1}
    assert counts(both, "area") == {"north": 1, "south": 2}


def test_age_keeps_services_whose_range_includes_it(search, expected):
    results = search(age=4)

    assert titles(results) == {expected["speech"], expected["group"], expected["hearing"]}
    assert counts(results, "need") == {"ASD": 1, "SLCN": 2, "HI": 1}


LIFE_STAGES = ((0, 4), (5, 10), (11, 15), (16, 25))


def test_results_are_counted_in_age_bands_each_a_range_overlapping_it(search):
    assert search(age_bands=LIFE_STAGES).age_band_counts == (3, 3, 3, 2)


def test_age_band_counts_are_of_the_hits_with_every_selection_applied(search):
    results = search(filters={"need": ["ASD"]}, age_bands=LIFE_STAGES, page_size=0)

    assert results.age_band_counts == (1, 2, 2, 1)
    assert results.total == 2
    assert results.hits == []


def test_text_matches_summary_and_need_names(search, expected):
    assert titles(search(text="teachers deaf")) == {expected["hearing"]}
    assert titles(search(text="hearing impairment")) == {expected["hearing"]}


def test_text_finds_nothing_for_unknown_words(search):
    results = search(text="trampolining")

    assert results.total == 0
    assert results.hits == []
    assert counts(results, "need") == {"ASD": 0, "SLCN": 0, "HI": 0}


@pytest.mark.parametrize(
    ("text", "expected_names"),
    [
        ("ASD", {"autism", "group"}),
        ("autistic", {"autism", "group"}),
    ],
)
def test_acronyms_and_synonyms_are_expanded(search, expected, text, expected_names):
    assert titles(search(text=text)) == {expected[name] for name in expected_names}


@pytest.mark.parametrize("text", ["SALT", "salt for children"])
def test_an_acronym_finds_what_it_stands_for_first(search, expected, text):
    # The group is tagged "Speech, language and communication needs": most of the words.
    assert search(text=text).hits[0].page.title == expected["speech"]


def test_relevance_puts_title_matches_first(search, expected):
    results = search(text="speech", sort=Sort.RELEVANCE)

    assert results.hits[0].page.title == expected["speech"]


def test_drafts_are_never_found(search, expected):
    assert expected["draft"] not in titles(search(text="clinic"))
    assert search(text="unpublished").total == 0


def test_text_and_facets_combine(search, expected):
    results = search(text="autism", filters={"area": ["north"]})

    assert titles(results) == {expected["group"]}
    assert counts(results, "area") == {"north": 1, "south": 2}


def test_pages_hold_twenty_hits(engine, more_services):
    first = engine.search(ServiceQuery(page=1))
    second = engine.search(ServiceQuery(page=2))

    assert (len(first.hits), len(second.hits), first.total) == (20, 3, 23)
    assert [hit.page.title for hit in second.hits] == ["Service 20", "Service 21", "Service 22"]


def test_hits_highlight_the_words_searched_for(search):
    (hit,) = search(text="deaf").hits

    assert "<mark>deaf</mark>" in hit.highlights["summary"]
