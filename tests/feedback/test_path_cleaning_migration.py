"""Feedback stored before paths were cleaned is cleaned by a data migration: no link back
that leads off the site, no control characters, no personal details in a query string."""

import importlib

import pytest

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from feedback.models import Feedback

BEFORE = ("feedback", "0002_steering_group")
CLEANING = ("feedback", "0003_clean_feedback_paths")
migration = importlib.import_module("feedback.migrations.0003_clean_feedback_paths")

# Paths as forms stored them before `public_path()`, and as they must be afterwards.
DIRTY = {
    "/\t/evil.example": "/",
    "/%09/evil.example": "/",
    "//evil.example/": "/",
    "javascript:alert(1)": "/",
    "/services/\x0bspeech/": "/services/speech/",
    "/services/?q=ring+07700+900123+about+NE1+4ST": (
        "/services/?q=ring [phone number removed] about [postcode removed]"
    ),
    "/search/?q=jane%40example.org": "/search/?q=[email address removed]",
    "/services/speech-therapy/": "/services/speech-therapy/",
    "/" + "a" * 600: "/" + "a" * 498 + "…",
}


@pytest.mark.parametrize("dirty", DIRTY)
def test_the_frozen_cleaning_cleans_each_path_as_public_path_did_when_it_was_written(dirty):
    # The migration's copy is compared with what public_path() gave then, not with
    # public_path() itself, which may change after it.
    assert migration.clean_path(dirty) == DIRTY[dirty]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_cleans_every_stored_path_and_leaves_blank_ones_blank():
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    executor.loader.build_graph()
    then = executor.loader.project_state([BEFORE]).apps.get_model("feedback", "Feedback")
    # PostgreSQL never stored a path longer than its column; SQLite may have.
    fits = [dirty for dirty in DIRTY if len(dirty) <= 500 or connection.vendor == "sqlite"]
    stored = {dirty: then.objects.create(path=dirty).pk for dirty in fits}
    blank = then.objects.create(path="").pk

    executor.loader.build_graph()
    executor.migrate([CLEANING])
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    cleaned = {dirty: Feedback.objects.get(pk=pk).path for dirty, pk in stored.items()}
    assert cleaned == {dirty: DIRTY[dirty] for dirty in fits}
    assert Feedback.objects.get(pk=blank).path == ""
