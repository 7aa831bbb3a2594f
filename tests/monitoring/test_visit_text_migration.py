"""Mystery-shop visits recorded before every public text was cleaned are cleaned by a data
migration: no control characters, and none of the personal details redaction now finds."""

import importlib

import pytest

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from monitoring.models import Visit

BEFORE = ("monitoring", "0005_kpi_targets")
CLEANING = ("monitoring", "0006_clean_visit_text")
migration = importlib.import_module("monitoring.migrations.0006_clean_visit_text")

REPEATED_PHONE = "Ring 07700 900123. " * 8
REDACTED_PHONE = "Ring [phone number removed]. " * 8
# Texts as visits stored them before `clean_public_text()`, and as it cleaned them when the
# migration was written (with the 200 characters of the assistive technology).
DIRTY = {
    "Screen reader\x0bmagnifier": "Screen reader\nmagnifier",
    "\ufeff  Trimmed  \u202e": "Trimmed",
    "a\x01b\x1fc\x7fd\x85e\u2028f": "abcd\ne\nf",
    "Call 0044 7700 900123 or 07700/900123": (
        "Call [phone number removed] or [phone number removed]"
    ),
    "NHS number 943 476 5919, born 3rd March 2015": (
        "NHS number [NHS number removed], born [date removed]"
    ),
    "Ask jane at example dot com near NE14ST": (
        "Ask [email address removed] near [postcode removed]"
    ),
    "The map page was hard to zoom.": "The map page was hard to zoom.",
    REPEATED_PHONE: REDACTED_PHONE[:199].rstrip() + "…",
}


@pytest.mark.parametrize("dirty", DIRTY)
def test_the_frozen_cleaning_cleans_each_text_as_clean_public_text_did_when_it_was_written(
    dirty,
):
    # Compared with what clean_public_text() gave then, not with clean_public_text() itself,
    # which may change after it.
    assert migration.clean_text(dirty, 200) == DIRTY[dirty]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_cleans_every_text_of_every_visit():
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    executor.loader.build_graph()
    then = executor.loader.project_state([BEFORE]).apps
    scenario = then.get_model("monitoring", "Scenario").objects.create(
        persona="Parent of a six-year-old", task="Find speech therapy", target_minutes=5
    )
    stored = {
        dirty: then.get_model("monitoring", "Visit")
        .objects.create(
            scenario=scenario,
            shopper_type="parent_carer",
            device="phone",
            outcome="found",
            minutes_taken=3,
            ease=4,
            information_accurate=True,
            assistive_technology=dirty,
            accessibility_problems=dirty,
            comments=dirty,
        )
        .pk
        for dirty in DIRTY
    }

    executor.loader.build_graph()
    executor.migrate([CLEANING])
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    texts = ("assistive_technology", "accessibility_problems", "comments")
    cleaned = {dirty: Visit.objects.values_list(*texts).get(pk=pk) for dirty, pk in stored.items()}
    expected = {dirty: (DIRTY[dirty],) * 3 for dirty in DIRTY}
    # Redacted, the repeated phone number outgrows the assistive technology's 200
    # characters only: the notes keep all of it.
    whole = REDACTED_PHONE.strip()
    expected[REPEATED_PHONE] = (DIRTY[REPEATED_PHONE], whole, whole)
    assert cleaned == expected
