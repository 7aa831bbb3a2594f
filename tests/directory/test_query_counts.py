"""The pages families open most take the same number of queries however many services and
filter options the directory has: nothing is fetched per service or per option."""

from http import HTTPStatus

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.backends.database import DatabaseBackend
from tests.factories import AreaFactory, NeedTypeFactory, ServicePageFactory, make_site

BROWSER = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0 Mobile Safari/537.36"
)
PAGES = {
    "home": "/",
    "directory": "/services/",
    "text search with filters": "/services/?q=speech+therapy&need=need-0&area=area-0&age=6",
    "service page": "/services/speech-therapy-0/",
}


@pytest.fixture
def directory(db):
    _home, directory = make_site()
    return directory


def grow(directory, *, services: int, options: int) -> None:
    """Up to `services` speech therapy services, tagged with `options` needs and areas."""
    needs = [NeedTypeFactory(code=f"need-{n}", slug=f"need-{n}") for n in range(options)]
    areas = [AreaFactory(slug=f"area-{n}") for n in range(options)]
    have = directory.get_children().count()
    for number in range(have, services):
        ServicePageFactory(
            parent=directory,
            title=f"Speech therapy {number}",
            slug=f"speech-therapy-{number}",
            summary="Speech and language therapy for children.",
            min_age=0,
            max_age=18,
            needs=needs[number % len(needs) :][:2] if needs else [],
            areas=areas,
        )


def queries_on_a_second_visit(client, path: str) -> int:
    """The second visit's count: the first builds what search keeps between requests."""
    assert client.get(path).status_code == HTTPStatus.OK
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == HTTPStatus.OK
    return len(queries)


@pytest.mark.parametrize("name", PAGES)
def test_queries_do_not_grow_with_services_or_options(client, directory, name):
    client.defaults["HTTP_USER_AGENT"] = BROWSER
    grow(directory, services=3, options=1)
    few = queries_on_a_second_visit(client, PAGES[name])

    grow(directory, services=25, options=6)
    many = queries_on_a_second_visit(client, PAGES[name])

    assert many == few


def test_the_home_page_counts_every_way_in_with_one_search(client, directory, monkeypatch):
    grow(directory, services=3, options=2)
    searches = []
    search = DatabaseBackend.search

    def counted(backend, query, catalogue):
        searches.append(query)
        return search(backend, query, catalogue)

    monkeypatch.setattr(DatabaseBackend, "search", counted)
    response = client.get("/")

    assert response.status_code == HTTPStatus.OK
    assert len(searches) == 1
    assert "Early years" in response.text
