from django.db import connection

from tests.services import database_url_names_postgresql


def test_tests_run_on_the_database_that_database_url_names(db):
    # A CI run meant for PostgreSQL must not pass on the SQLite default by accident.
    expected = "postgresql" if database_url_names_postgresql() else "sqlite"
    connection.ensure_connection()
    assert connection.vendor == expected
