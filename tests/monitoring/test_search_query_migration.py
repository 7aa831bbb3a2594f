"""Search words counted before every public text was cleaned lose their control characters
in a data migration, and rows that become the same search on the same day are merged."""

import importlib
from datetime import date

import pytest

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from monitoring.models import SearchDay

BEFORE = ("monitoring", "0006_clean_visit_text")
CLEANING = ("monitoring", "0007_clean_search_queries")
migration = importlib.import_module("monitoring.migrations.0007_clean_search_queries")

# Queries as stored before `clean_public_text()`, and as the migration cleans them.
DIRTY = {
    "speech\x00 therapy": "speech therapy",
    "\ufeffautism\u202e": "autism",
    "a\x01b\x1fc\x7fd\x85e\u2028f": "abcd e f",
    "respite\r\ncare": "respite care",
    "short breaks": "short breaks",
}


@pytest.mark.parametrize("dirty", DIRTY)
def test_the_frozen_cleaning_cleans_each_query_as_recorded(dirty):
    assert migration.clean_query(dirty) == DIRTY[dirty]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_cleans_queries_and_merges_the_rows_it_makes_the_same():
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    executor.loader.build_graph()
    then = executor.loader.project_state([BEFORE]).apps.get_model("monitoring", "SearchDay")
    # No NUL: PostgreSQL never stored one.
    day, next_day = date(2026, 3, 2), date(2026, 3, 3)
    then.objects.create(query="speech therapy", day=day, count=3, result_count=4)
    then.objects.create(query="speech\x01 therapy", day=day, count=2, result_count=5)
    then.objects.create(query="speech\x1ftherapy", day=day, count=1, result_count=6)
    then.objects.create(query="speech\x08 therapy", day=next_day, count=7, result_count=1)
    then.objects.create(query="\ufeffautism", day=day, facets="age:6", count=4)
    then.objects.create(query="autism", day=day, count=9)

    executor.loader.build_graph()
    executor.migrate([CLEANING])
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    rows = {
        (row.query, row.day, row.facets): (row.count, row.result_count)
        for row in SearchDay.objects.all()
    }
    assert rows == {
        ("speech therapy", day, ""): (5, 5),
        ("speechtherapy", day, ""): (1, 6),
        ("speech therapy", next_day, ""): (7, 1),
        ("autism", day, "age:6"): (4, 0),
        ("autism", day, ""): (9, 0),
    }
