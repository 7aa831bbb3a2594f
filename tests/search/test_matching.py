"""The matching policy, the same on both backends: word forms, most of the words, typing
mistakes, the editors' synonyms, field weights, phrases, out-of-date listings, age bands and
the facets families asked for. Each runs through the site's own search on each backend."""

from datetime import timedelta
from http import HTTPStatus

import pytest

from django.utils import timezone

from directory.models import AccessibilityFeature, Language, ServiceTime
from search.engine import rebuild_index, search_services
from search.query import ServiceQuery
from tests.factories import NeedTypeFactory, ServicePageFactory


@pytest.fixture(params=["database", "elasticsearch"])
def backend(request, db):
    if request.param == "elasticsearch":
        request.getfixturevalue("site_on_elasticsearch")
    return request.param


@pytest.fixture
def listing(directory_page):
    def listing(title, summary="", **kwargs):
        return ServicePageFactory(
            parent=directory_page, title=title, summary=summary or f"About {title}.", **kwargs
        )

    return listing


def search(**kwargs):
    rebuild_index()
    return search_services(ServiceQuery(**kwargs), record=False)


def titles(results) -> list[str]:
    return [hit.page.title for hit in results.hits]


@pytest.mark.parametrize(
    ("typed", "indexed"),
    [("therapies", "therapy"), ("swimming", "swim"), ("wheelchair users", "wheelchair user")],
)
def test_words_match_in_any_of_their_forms(backend, listing, typed, indexed):
    listing(f"Saturday {indexed} club")

    assert titles(search(text=typed)) == [f"Saturday {indexed} club"]


def test_the_start_of_a_longer_word_matches(backend, listing):
    listing("Dyslexia drop-in")

    assert titles(search(text="dyslexic")) == ["Dyslexia drop-in"]


def test_most_of_the_words_are_enough_and_more_of_them_rank_higher(backend, listing):
    listing("Autism swimming club")
    listing("Swimming club")
    listing("Autism parents group")
    listing("Chess club")

    results = search(text="autism swimming club for teenagers")

    # Four meaningful words need three: only listings with three or more of them match.
    assert titles(results) == ["Autism swimming club"]
    assert set(titles(search(text="swimming club"))) == {"Swimming club", "Autism swimming club"}
    assert set(titles(search(text="autism club"))) == {"Autism swimming club"}


def test_one_or_two_words_all_have_to_match(backend, listing):
    listing("Swimming club")
    listing("Football club")

    assert titles(search(text="swimming club")) == ["Swimming club"]


def test_words_that_carry_no_meaning_are_ignored(backend, listing):
    listing("Swimming lessons")

    assert titles(search(text="help for my son with swimming")) == ["Swimming lessons"]


def test_name_and_needs_count_more_than_the_description(backend, listing):
    listing("Music club", description="<p>Some of our members enjoy climbing too.</p>")
    listing("Climbing wall sessions")
    autism = NeedTypeFactory(code="ASD", name="Autism", slug="autism")
    listing("Saturday club", needs=[autism])
    listing("Youth club", description="<p>Staff have autism training.</p>")

    assert titles(search(text="climbing")) == ["Climbing wall sessions", "Music club"]
    assert titles(search(text="autism")) == ["Saturday club", "Youth club"]


def test_the_words_together_count_more_than_the_same_words_scattered(backend, listing):
    listing("Family centre", description="<p>Speech checks, and therapy for young children.</p>")
    listing("Health centre", description="<p>Speech therapy for young children.</p>")

    assert titles(search(text="speech therapy")) == ["Health centre", "Family centre"]


def test_the_words_together_lift_a_listing_onto_the_page_from_below_it(backend, listing):
    for name in ("Arches", "Birches", "Cedars", "Damsons"):
        listing(f"{name} centre", description="<p>Speech checks, and therapy for children.</p>")
    listing("Yews centre", description="<p>Speech therapy for children.</p>")

    first_page = search(text="speech therapy", page_size=2)
    second_page = search(text="speech therapy", page_size=2, page=2)

    assert titles(first_page) == ["Yews centre", "Arches centre"]
    assert titles(second_page) == ["Birches centre", "Cedars centre"]


def test_a_listing_long_past_its_review_ranks_below_an_up_to_date_one(backend, listing):
    today = timezone.localdate()
    listing("Swimming club", last_reviewed=today - timedelta(days=600))  # due 8 months ago
    listing("Swimming club", last_reviewed=today - timedelta(days=30), slug="swimming-club-2")

    (first, second) = search(text="swimming").hits

    assert first.page.last_reviewed > second.page.last_reviewed


def test_a_misspelt_word_is_corrected_to_the_nearest_word_the_directory_knows(backend, listing):
    listing("Autism support group")
    listing("Speech therapy")

    results = search(text="autsim suport group")

    assert results.corrected_text == "autism support group"
    assert titles(results) == ["Autism support group"]
    assert search(text="speach therapy").corrected_text == "speech therapy"


def test_known_words_and_short_words_are_left_as_typed(backend, listing):
    listing("Salt dough crafts")

    assert search(text="salt dough").corrected_text is None
    assert search(text="sale").total == 0  # four letters: too many neighbours to guess


def test_the_words_as_typed_can_be_searched_instead(backend, listing):
    listing("Autism support group")

    results = search(text="autsim", exact=True)

    assert results.total == 0
    assert results.corrected_text is None


def test_a_synonym_added_in_the_admin_is_found_without_reindexing(backend, listing, admin_client):
    listing("Short breaks for disabled children")
    rebuild_index()
    assert search_services(ServiceQuery(text="respite"), record=False).total == 0

    response = admin_client.post(
        "/admin/snippets/search/synonym/add/", {"terms": "short breaks, respite"}
    )

    assert response.status_code == HTTPStatus.FOUND
    results = search_services(ServiceQuery(text="respite"), record=False)
    assert titles(results) == ["Short breaks for disabled children"]


def test_an_age_band_finds_every_service_whose_ages_overlap_it(backend, listing):
    listing("Baby group", min_age=0, max_age=2)
    listing("Play scheme", min_age=3, max_age=11)
    listing("Youth club", min_age=12, max_age=18)
    listing("Nursery", min_age=2, max_age=5)

    under_fives = search(age_from=0, age_to=4)

    assert sorted(titles(under_fives)) == ["Baby group", "Nursery", "Play scheme"]
    assert sorted(titles(search(age_from=16))) == ["Youth club"]
    assert sorted(titles(search(age=4, age_from=0, age_to=4))) == ["Nursery", "Play scheme"]


@pytest.mark.parametrize(
    ("facet", "model", "field", "key"),
    [
        ("access", AccessibilityFeature, "accessibility_features", "slug"),
        ("when", ServiceTime, "times", "slug"),
        ("language", Language, "languages", "code"),
    ],
)
def test_new_facets_count_with_the_other_facets_applied(backend, listing, facet, model, field, key):
    if model is Language:
        Language.objects.create(code="pl", name="Polish")
        Language.objects.create(code="ur", name="Urdu")
    first, second = model.objects.order_by(key)[:2]
    first_value, second_value = getattr(first, key), getattr(second, key)
    listing("One", **{field: [first]}, cost="free")
    listing("Both", **{field: [first, second]}, cost="paid")
    listing("Neither", cost="free")

    results = search(filters={facet: (second_value,), "cost": ("free",)})
    counts = {option.value: option.count for option in results.facets[facet]}

    assert results.total == 0
    assert counts[first_value] == 1  # "One": free, with the first value
    assert counts[second_value] == 0
    either = search(filters={facet: (first_value, second_value)})
    assert sorted(titles(either)) == ["Both", "One"]
    counts = {option.value: option.count for option in either.facets[facet]}
    assert (counts[first_value], counts[second_value]) == (2, 1)


def test_a_search_that_finds_nothing_with_most_words_shows_those_with_some(backend, listing):
    listing("Wheelchair repairs")

    results = search(text="broken wheelchair")

    assert results.loosened
    assert titles(results) == ["Wheelchair repairs"]
    assert not search(text="wheelchair repairs").loosened


def test_an_age_in_the_words_ranks_listings_for_that_age_first(backend, listing):
    listing("Youth club for teenagers", min_age=13, max_age=19)
    listing("Youth club for juniors", min_age=7, max_age=12)

    assert titles(search(text="youth club for my 14 year old"))[0] == "Youth club for teenagers"
    assert titles(search(text="youth club for my 8 year old"))[0] == "Youth club for juniors"
