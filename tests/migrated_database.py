"""The test database as migrations left it, put back quickly on SQLite.

A test that empties the database (a browser test, a live server) gets back what migrations
created through serialized rollback, which saves each of those rows again: half a second
before every such test. On SQLite the session instead keeps a copy of the migrated database,
taken with SQLite's backup API, and copies it back, in milliseconds."""

import pytest

from django.db import DEFAULT_DB_ALIAS, connections

from tests.sqlite_copies import sqlite_copy


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor != "sqlite":
        yield
        return
    with django_db_blocker.unblock():
        migrated = sqlite_copy(connection)

    def put_back_migrated_database(_serialized: str) -> None:
        # Everything migrations created, the rows serialization leaves out too.
        migrated.backup(connection.connection)

    # Serialized rollback calls this with the rows it serialized after migrating.
    connection.creation.deserialize_db_from_string = put_back_migrated_database
    yield
    del connection.creation.deserialize_db_from_string
    migrated.close()
