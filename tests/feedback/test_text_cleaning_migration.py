"""Feedback text stored before every public text was cleaned is cleaned by a data
migration: no control characters, and none of the personal details redaction now finds."""

import importlib

import pytest

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from feedback.models import Feedback

BEFORE = ("feedback", "0003_clean_feedback_paths")
CLEANING = ("feedback", "0004_clean_feedback_text")
migration = importlib.import_module("feedback.migrations.0004_clean_feedback_text")

REPEATED_PHONE = "Ring 07700 900123. " * 25
REDACTED_PHONE = "Ring [phone number removed]. " * 25
# Texts as forms stored them before `clean_public_text()`, and as it cleaned them when the
# migration was written (with the 500 characters of "what they were trying to do").
DIRTY = {
    "Line one\x0bline two": "Line one\nline two",
    "Tab\tand\r\nWindows line": "Tab\tand\nWindows line",
    "\ufeff  Trimmed  \u202e": "Trimmed",
    "a\x01b\x1fc\x7fd\x85e\u2028f": "abcd\ne\nf",
    "Call 0044 7700 900123 or 07700/900123": (
        "Call [phone number removed] or [phone number removed]"
    ),
    "NHS number 943 476 5919": "NHS number [NHS number removed]",
    "She was born 3rd March 2015": "She was born [date removed]",
    "jane at example dot com": "[email address removed]",
    "We live at NE14ST": "We live at [postcode removed]",
    "Nothing to clean here.": "Nothing to clean here.",
    REPEATED_PHONE: REDACTED_PHONE[:499].rstrip() + "…",
}


@pytest.mark.parametrize("dirty", DIRTY)
def test_the_frozen_cleaning_cleans_each_text_as_clean_public_text_did_when_it_was_written(
    dirty,
):
    # Compared with what clean_public_text() gave then, not with clean_public_text() itself,
    # which may change after it.
    assert migration.clean_text(dirty, 500) == DIRTY[dirty]


def test_each_text_is_shortened_to_its_own_limit():
    assert len(migration.clean_text(REPEATED_PHONE * 4, 1200)) == 1200
    assert len(migration.clean_text(REPEATED_PHONE * 4, 2000)) == 2000


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_cleans_every_text_of_every_item_and_leaves_purged_ones_blank():
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    executor.loader.build_graph()
    then = executor.loader.project_state([BEFORE]).apps.get_model("feedback", "Feedback")
    stored = {
        dirty: then.objects.create(
            path="/", trying_to_do=dirty, what_went_wrong=dirty, message=dirty
        ).pk
        for dirty in DIRTY
    }
    purged = then.objects.create(path="/services/").pk

    executor.loader.build_graph()
    executor.migrate([CLEANING])
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    cleaned = {
        dirty: Feedback.objects.values_list("trying_to_do", "what_went_wrong", "message").get(pk=pk)
        for dirty, pk in stored.items()
    }
    expected = {dirty: (DIRTY[dirty],) * 3 for dirty in DIRTY}
    # Redacted, the repeated phone number outgrows the 500 characters of "what they were
    # trying to do" only: the other two texts keep all of it.
    whole = REDACTED_PHONE.strip()
    expected[REPEATED_PHONE] = (DIRTY[REPEATED_PHONE], whole, whole)
    assert cleaned == expected
    assert Feedback.objects.values_list("trying_to_do", "what_went_wrong", "message").get(
        pk=purged
    ) == ("", "", "")
