"""Entries written before control characters were stripped on save are cleaned by a data
migration, in the live row and in every revision, so none can reach the feed again."""

import importlib

import pytest

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from wagtail.models import Revision

from you_said_we_did.models import Entry

BEFORE = ("you_said_we_did", "0004_entries_approved_by_another_member")
CLEANING = ("you_said_we_did", "0005_clean_entry_text")
migration = importlib.import_module("you_said_we_did.migrations.0005_clean_entry_text")

# Texts as entries stored them before `Entry.clean()` stripped control characters, and as
# strip_control_characters() cleaned them when the migration was written.
DIRTY = {
    "Families said\x0bthe map was wrong": "Families said\nthe map was wrong",
    "We\x1bfixed it\x0c": "Wefixed it",
    "\ufeffLine\r\none\u2028two\u202e ": "Line\none\ntwo",
    "Tab\tkept\nand newline": "Tab\tkept\nand newline",
    "Nothing to clean": "Nothing to clean",
}


@pytest.mark.parametrize("dirty", DIRTY)
def test_the_frozen_cleaning_cleans_each_text_as_it_was_cleaned_when_it_was_written(dirty):
    assert migration.clean_text(dirty) == DIRTY[dirty]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_cleans_each_entry_and_each_of_its_revisions():
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    executor.loader.build_graph()
    then = executor.loader.project_state([BEFORE]).apps
    entry_type = ContentType.objects.get_for_model(Entry)
    stored = {}
    for dirty in DIRTY:
        entry = then.get_model("you_said_we_did", "Entry").objects.create(
            you_said=dirty, we_did=dirty
        )
        revision = then.get_model("wagtailcore", "Revision").objects.create(
            content_type_id=entry_type.pk,
            base_content_type_id=entry_type.pk,
            object_id=str(entry.pk),
            object_str="An entry",
            created_at=timezone.now(),
            content={"pk": entry.pk, "you_said": dirty, "we_did": dirty, "status": "planned"},
        )
        stored[dirty] = (entry.pk, revision.pk)

    executor.loader.build_graph()
    executor.migrate([CLEANING])
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    for dirty, (entry_pk, revision_pk) in stored.items():
        entry = Entry.objects.get(pk=entry_pk)
        assert (entry.you_said, entry.we_did) == (DIRTY[dirty], DIRTY[dirty])
        content = Revision.objects.get(pk=revision_pk).content
        assert content == {
            "pk": entry_pk,
            "you_said": DIRTY[dirty],
            "we_did": DIRTY[dirty],
            "status": "planned",
        }
