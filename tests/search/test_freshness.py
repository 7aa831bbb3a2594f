"""What each process keeps in memory for search follows the shared data version, which a
request reads once however many kept things it uses."""

from http import HTTPStatus

from django.db import connection

from search.engine import search_services
from search.freshness import VERSION_KEY
from search.query import ServiceQuery

SEARCH = "/services/?q=speech+therapy&need=SLCN&age=6"


class VersionReads:
    """Counts the shared cache's reads of the data version (the test settings keep that cache
    in the database)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        if "public_forms_cache" in sql and any(VERSION_KEY in str(p) for p in params or ()):
            self.count += 1
        return execute(sql, params, many, context)


def test_a_search_page_reads_the_data_version_once(client, services):
    client.get(SEARCH)
    reads = VersionReads()
    with connection.execute_wrapper(reads):
        assert client.get(SEARCH).status_code == HTTPStatus.OK
    assert reads.count == 1


def test_outside_a_request_each_search_reads_the_version(services):
    reads = VersionReads()
    with connection.execute_wrapper(reads):
        search_services(ServiceQuery(text="speech"), record=False)
        search_services(ServiceQuery(text="speech"), record=False)
    assert reads.count >= 2
