import pytest

from django.core.exceptions import ValidationError

from search.engine import search_services
from search.query import ServiceQuery
from tests.factories import NeedTypeFactory, ServicePageFactory, make_site


@pytest.fixture
def directory_page(db):
    _home, directory = make_site()
    return directory


def test_a_service_cannot_end_before_it_starts(directory_page):
    service = ServicePageFactory.build(min_age=12, max_age=5)

    with pytest.raises(ValidationError) as error:
        service.clean()

    assert "max_age" in error.value.error_dict


def test_age_range_reads_naturally(directory_page):
    assert ServicePageFactory.build(min_age=0, max_age=25).age_range == "0 to 25 years"
    assert ServicePageFactory.build(min_age=4, max_age=4).age_range == "4 years"


def found(text: str) -> list[str]:
    results = search_services(ServiceQuery(text=text, exact=True), record=False)
    return [hit.page.title for hit in results.hits]


def test_publishing_new_needs_updates_the_search_text(directory_page):
    service = ServicePageFactory(parent=directory_page, title="Outreach")
    hearing = NeedTypeFactory(code="HI", name="Hearing impairment", slug="hearing")
    assert found("hearing") == []

    service.needs.add(hearing)
    service.save_revision().publish()

    assert found("hearing") == ["Outreach"]

    service.needs.remove(hearing)
    service.save_revision().publish()

    assert found("hearing") == []
