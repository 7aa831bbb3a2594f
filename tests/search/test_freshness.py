"""What each process keeps in memory for search follows the shared data version, which a
request reads once however many kept things it uses."""

import logging
import threading
import time
from http import HTTPStatus

from django.db import connection

from search.engine import search_services
from search.freshness import VERSION_KEY, Kept, data_changed
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


class Builds:
    """A kept value's builds, numbered; the second and later wait for `release`, as a rebuild
    at tens of thousands of services takes seconds. `fail_after_first` makes them fail."""

    def __init__(self, *, fail_after_first=False):
        self.count = 0
        self.release = threading.Event()
        self.fail_after_first = fail_after_first

    def __call__(self) -> int:
        self.count += 1
        if self.count > 1:
            self.release.wait(timeout=10)
            if self.fail_after_first:
                raise RuntimeError("the database went away")
        return self.count


def _eventually(condition) -> bool:
    deadline = time.monotonic() + 10
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


AGE = 0.05


def test_a_value_past_its_age_is_rebuilt_while_searches_keep_using_it(db):
    builds = Builds()
    kept = Kept(builds, max_age_seconds=AGE)
    assert kept.get() == 1
    time.sleep(AGE)

    # Past its age: answered at once from what is kept, with a rebuild started...
    assert kept.get() == 1
    assert _eventually(lambda: builds.count == 2)
    # ...and only one while it runs.
    assert kept.get() == 1
    assert builds.count == 2

    builds.release.set()
    assert _eventually(lambda: kept.get() >= 2)


def test_a_new_data_version_is_built_before_it_is_used(db):
    builds = Builds()
    kept = Kept(builds, max_age_seconds=300)
    assert kept.get() == 1

    data_changed()
    builds.release.set()
    assert kept.get() == 2


def test_a_rebuild_that_fails_keeps_the_last_value_and_says_so(db, caplog):
    builds = Builds(fail_after_first=True)
    kept = Kept(builds, max_age_seconds=AGE)
    assert kept.get() == 1
    time.sleep(AGE)

    with caplog.at_level(logging.ERROR, logger="search.freshness"):
        assert kept.get() == 1
        builds.release.set()
        assert _eventually(lambda: "Could not rebuild" in caplog.text)
    assert kept.get() == 1
