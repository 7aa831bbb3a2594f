"""Notes on a feedback item form a thread: each note keeps its author and time, adding one
never changes another, and the history says what changed from what."""

import importlib
import re
from datetime import timedelta
from http import HTTPStatus

import pytest

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from feedback.models import Feedback, FeedbackNote
from feedback.services import feedback_add_note
from roles.groups import STEERING_GROUP
from tests.factories import FeedbackFactory, ThemeFactory, UserFactory

INBOX = "/admin/snippets/feedback/feedback/"


def edit(client, item, **data):
    form = {"status": item.status, "theme": item.theme_id or "", "assignee": "", "note": ""}
    return client.post(f"{INBOX}edit/{item.pk}/", {**form, **data})


@pytest.fixture
def mo(db):
    return UserFactory(groups=[STEERING_GROUP], username="mo", first_name="Mo", last_name="Ali")


def test_each_note_is_added_to_the_thread_and_none_is_overwritten(moderator_client, moderator):
    moderator.first_name, moderator.last_name = "Sam", "Reed"
    moderator.save()
    item = FeedbackFactory()

    assert edit(moderator_client, item, note="Rang the provider.").status_code == HTTPStatus.FOUND
    assert edit(moderator_client, item, note="They will add the times.").status_code == 302
    edit(moderator_client, item, note="   ")

    notes = list(item.notes.all())
    assert [(note.text, note.author) for note in notes] == [
        ("Rang the provider.", moderator),
        ("They will add the times.", moderator),
    ]
    html = moderator_client.get(f"{INBOX}edit/{item.pk}/").content.decode()
    assert html.index("Rang the provider.") < html.index("They will add the times.")
    assert html.count("Sam Reed") >= 2
    assert f'datetime="{notes[0].created.isoformat()}"' in html
    # The box for a new note is empty each time: nothing written before can be changed.
    assert re.search(r'<textarea name="note"[^>]*>\s*</textarea>', html)


def test_history_names_each_field_changed_from_what_to_what(moderator_client, mo):
    transport = ThemeFactory(name="Transport")
    item = FeedbackFactory()

    edit(moderator_client, item, assignee=mo.pk, theme=transport.pk)
    edit(moderator_client, item, assignee=mo.pk, theme=transport.pk, note="Asked the bus team.")

    history = moderator_client.get(f"{INBOX}history/{item.pk}/").content.decode()
    assert "Status: New → In review; Theme: – → Transport; Assignee: – → Mo Ali" in history
    assert "Added a note" in history
    # The note's text is for the thread, not the audit log.
    assert "Asked the bus team" not in history


def test_the_bulk_triage_history_says_what_changed(moderator_client, mo):
    item = FeedbackFactory(status=Feedback.Status.IN_REVIEW)
    moderator_client.post(
        f"/admin/bulk/feedback/feedback/triage/?id={item.pk}&next={INBOX}",
        {"theme": "", "status": "actioned", "assignee": mo.pk},
    )
    history = moderator_client.get(f"{INBOX}history/{item.pk}/").content.decode()
    assert "Status: In review → Actioned; Assignee: – → Mo Ali" in history


def test_the_inbox_search_finds_an_item_once_by_its_notes(moderator_client, moderator):
    item = FeedbackFactory(what_went_wrong="Phone rings out")
    FeedbackFactory(what_went_wrong="Map is wrong")
    feedback_add_note(feedback=item, author=moderator, text="Bus team will ring back")
    feedback_add_note(feedback=item, author=moderator, text="Bus team rang back")

    html = moderator_client.get(f"{INBOX}?view=&q=bus+team").content.decode()

    assert html.count("Phone rings out") == 1
    assert "Map is wrong" not in html


def test_a_note_is_stored_without_control_characters(moderator):
    item = FeedbackFactory()
    note = feedback_add_note(feedback=item, author=moderator, text="Rang\x00 back\x1b ")
    assert note.text == "Rang back"
    assert feedback_add_note(feedback=item, author=moderator, text="\x00 \n") is None


def test_a_note_too_long_is_refused_with_the_form_kept(moderator_client):
    item = FeedbackFactory()
    response = edit(moderator_client, item, note="x" * 4001)
    assert response.status_code == HTTPStatus.OK
    assert "x" * 4001 in response.content.decode()
    assert not item.notes.exists()


BEFORE = ("feedback", "0004_clean_feedback_text")
THREAD = ("feedback", "0005_notes_thread")
migration = importlib.import_module("feedback.migrations.0005_notes_thread")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_old_notes_box_becomes_the_first_note_and_comes_back_on_reversal():
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    executor.loader.build_graph()
    then = executor.loader.project_state([BEFORE]).apps.get_model("feedback", "Feedback")
    received = timezone.now() - timedelta(days=3)
    noted = then.objects.create(internal_notes="Called the provider", created_at=received).pk
    quiet = then.objects.create(internal_notes="").pk

    executor.loader.build_graph()
    executor.migrate([THREAD])

    note = FeedbackNote.objects.get()
    assert (note.feedback_id, note.text, note.author, note.created) == (
        noted,
        "Called the provider",
        None,
        received,
    )
    assert not FeedbackNote.objects.filter(feedback_id=quiet).exists()

    executor.loader.build_graph()
    executor.migrate([BEFORE])
    restored = executor.loader.project_state([BEFORE]).apps.get_model("feedback", "Feedback")
    assert restored.objects.get(pk=noted).internal_notes == "Called the provider"
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_item_screens_are_titled_by_the_first_words_and_logs_by_number(moderator_client):
    # As stored: the submit service has already redacted the phone number.
    item = FeedbackFactory(
        trying_to_do="Find a holiday club for my son, ring [phone number removed]",
        what_went_wrong="Nothing listed",
        path="/services/",
    )

    for screen in ("edit", "inspect"):
        html = moderator_client.get(f"{INBOX}{screen}/{item.pk}/").content.decode()
        assert f"Find a holiday club for my son, ring… (#{item.pk})" in html, screen
    # Audit logs, choosers and deletion screens name the item without its text.
    assert str(item) == f"Feedback #{item.pk} on /services/"
    edit(moderator_client, item, status="in_review")
    history = moderator_client.get(f"{INBOX}history/{item.pk}/").content.decode()
    assert "holiday club" not in history


def test_an_item_without_text_is_titled_by_its_answer(moderator_client):
    item = FeedbackFactory(trying_to_do="", what_went_wrong="", helpful=True)
    html = moderator_client.get(f"{INBOX}edit/{item.pk}/").content.decode()
    assert f"Said the page was useful (#{item.pk})" in html
