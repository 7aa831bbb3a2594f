"""The demo Local Offer for tests that read it: loaded once per test process where the
database allows, and never seen by the tests that do not ask for it."""

import sqlite3
from datetime import date

import pytest

from django.db import DEFAULT_DB_ALIAS, connections, transaction

from wagtail.models import Site

from demo.loader import load_demo_local_offer
from tests.sqlite_copies import sqlite_copy

# The day the tests that read the demo load it on, so that what it dates is fixed.
DEMO_DAY = date(2025, 6, 2)


@pytest.fixture(scope="session")
def _loaded_demo_copy():
    """On SQLite, the test database as it was just after the session's first demo load."""
    copies: list[sqlite3.Connection] = []
    yield copies
    for copy in copies:
        copy.close()


@pytest.fixture(scope="module")
def demo_local_offer(django_db_setup, django_db_blocker, _loaded_demo_copy):
    """The demo Local Offer as loaded on DEMO_DAY, for every test of the module to read; the
    database is as it was again afterwards.

    Loading takes seconds, so on SQLite the session loads it once and copies the database
    aside with SQLite's backup API; each module copies it in, then puts back its own copy of
    the database as it found it. Elsewhere each module loads it in a transaction it rolls
    back."""
    connection = connections[DEFAULT_DB_ALIAS]
    with django_db_blocker.unblock():
        if connection.vendor != "sqlite":
            with transaction.atomic():
                assert load_demo_local_offer(today=DEMO_DAY)
                yield
                transaction.set_rollback(True)
        else:
            found = sqlite_copy(connection)
            if _loaded_demo_copy:
                _loaded_demo_copy[0].backup(connection.connection)
            else:
                assert load_demo_local_offer(today=DEMO_DAY)
                _loaded_demo_copy.append(sqlite_copy(connection))
            yield
            found.backup(connection.connection)
            found.close()
    Site.clear_site_root_paths_cache()
