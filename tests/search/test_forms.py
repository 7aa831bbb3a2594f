import pytest

from django.http import QueryDict

from search.catalogue import get_catalogue
from search.forms import ServiceSearchForm
from search.query import ServiceQuery, Sort
from tests.factories import NeedTypeFactory


def query_for(query_string: str) -> tuple[ServiceQuery, ServiceSearchForm]:
    form = ServiceSearchForm(QueryDict(query_string), catalogue=get_catalogue())
    return form.to_query(), form


@pytest.fixture
def needs(db):
    NeedTypeFactory(code="ASD", name="Autism", slug="autism")
    NeedTypeFactory(code="SLCN", name="Speech", slug="slcn")


def test_a_full_query_string_becomes_a_query(needs):
    query, form = query_for("q=+speech++therapy+&need=SLCN&need=asd&age=6&sort=name&page=2")

    assert form.errors == {}
    assert query == ServiceQuery(
        text="speech therapy",
        filters={"need": ("SLCN", "ASD")},
        age=6,
        page=2,
        sort=Sort.NAME,
    )


def test_unknown_values_are_dropped_and_known_ones_kept(needs):
    query, form = query_for("need=ASD&need=<script>&need=asd&cost=gold&sort=cheapest&page=-5")

    assert query.filters == {"need": ("ASD",)}
    assert (query.sort, query.page) == (Sort.RELEVANCE, 1)
    assert form.errors == {}


@pytest.mark.parametrize(
    ("age", "message"),
    [
        ("abc", "Enter an age as a whole number, like 6"),
        ("26", "Enter an age from 0 to 25"),
        ("-1", "Enter an age from 0 to 25"),
    ],
)
def test_an_impossible_age_is_explained_and_left_out(db, age, message):
    query, form = query_for(f"age={age}&q=speech")

    assert query.age is None
    assert query.text == "speech"
    assert form.errors["age"] == [message]


def test_very_long_text_is_cut_short(db):
    query, _form = query_for("q=" + "a" * 10_000)

    assert len(query.text) == 200


def test_relevance_without_text_lists_by_name():
    assert ServiceQuery(text="").effective_sort is Sort.NAME
    assert ServiceQuery(text="speech").effective_sort is Sort.RELEVANCE
