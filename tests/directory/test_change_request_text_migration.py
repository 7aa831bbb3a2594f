"""Suggestions from the public stored before every public text was cleaned are cleaned by a
data migration: no control characters, and none of the personal details redaction now
finds; a contact name kept with consent loses its control characters only."""

import importlib

import pytest

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from directory.models import ChangeRequest

BEFORE = ("directory", "0006_school_sen_information")
CLEANING = ("directory", "0008_clean_change_request_text")
migration = importlib.import_module("directory.migrations.0008_clean_change_request_text")

LONG_NAME = "Ring 07700 900123. " * 13
# Texts as suggestions stored them before `clean_public_text()`, and as it cleaned them
# when the migration was written (with the 255 characters of a service's name).
DIRTY = {
    "Line one\x0bline two": "Line one\nline two",
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
    "The opening times are wrong.": "The opening times are wrong.",
    LONG_NAME: ("Ring [phone number removed]. " * 13)[:254].rstrip() + "…",
}


@pytest.mark.parametrize("dirty", DIRTY)
def test_the_frozen_cleaning_cleans_each_text_as_clean_public_text_did_when_it_was_written(
    dirty,
):
    # Compared with what clean_public_text() gave then, not with clean_public_text() itself,
    # which may change after it.
    assert migration.clean_text(dirty, 255) == DIRTY[dirty]


def test_a_contact_name_loses_control_characters_and_nothing_else():
    assert migration.clean_name(" Jane\x0bSmith 07700 900123\u202e ") == (
        "Jane\nSmith 07700 900123"
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_cleans_every_text_of_every_suggestion():
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    executor.loader.build_graph()
    then = executor.loader.project_state([BEFORE]).apps.get_model("directory", "ChangeRequest")
    stored = {
        dirty: then.objects.create(
            what_is_wrong=dirty,
            suggestion=dirty,
            service_name=dirty,
            organisation_name=dirty,
            contact_name="Jane\x0bSmith",
            contact_consent=True,
        ).pk
        for dirty in DIRTY
    }

    executor.loader.build_graph()
    executor.migrate([CLEANING])
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    texts = ("what_is_wrong", "suggestion", "service_name", "organisation_name", "contact_name")
    cleaned = {
        dirty: ChangeRequest.objects.values_list(*texts).get(pk=pk) for dirty, pk in stored.items()
    }
    expected = {dirty: (DIRTY[dirty],) * 4 + ("Jane\nSmith",) for dirty in DIRTY}
    # The suggestion's texts have no limit: only the names are shortened.
    whole = ("Ring [phone number removed]. " * 13).strip()
    expected[LONG_NAME] = (whole, whole, DIRTY[LONG_NAME], DIRTY[LONG_NAME], "Jane\nSmith")
    assert cleaned == expected
