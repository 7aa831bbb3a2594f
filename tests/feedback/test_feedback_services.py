"""The feedback services: storing, redacting, flagging, moderating and purging."""

from datetime import timedelta
from io import StringIO

import pytest

from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.utils import timezone

from wagtail.models import ModelLogEntry

from feedback.models import Feedback, FeedbackNote, FeedbackSettings
from feedback.services import feedback_purge_text, feedback_submit, feedback_update
from tests.factories import FeedbackFactory, ThemeFactory


def test_submit_stores_redacted_text_and_validates(db):
    feedback = feedback_submit(
        path="/services/",
        helpful=False,
        trying_to_do="  Contact the SENCo, my number is 01632 960123  ",
        what_went_wrong="Email sent to head@school.example bounced",
    )
    feedback.refresh_from_db()
    assert feedback.trying_to_do == "Contact the SENCo, my number is [phone number removed]"
    assert feedback.what_went_wrong == "Email sent to [email address removed] bounced"
    assert feedback.status == Feedback.Status.NEW and not feedback.urgent

    with pytest.raises(ValidationError, match="what_went_wrong"):
        feedback_submit(path="/", what_went_wrong="x" * 1201)


def test_submit_flags_feedback_suggesting_risk_as_urgent(db):
    urgent = feedback_submit(
        path="/", helpful=False, what_went_wrong="My daughter has started self-harming again"
    )
    calm = feedback_submit(path="/", helpful=False, what_went_wrong="The bus timetable is wrong")
    assert urgent.urgent and not calm.urgent


def test_the_word_list_is_the_one_the_steering_group_edited(db):
    settings = FeedbackSettings.load()
    settings.safeguarding_phrases = "bullied*"
    settings.save()
    assert feedback_submit(path="/", message="He is being bullied on the bus").urgent
    assert not feedback_submit(path="/", message="Someone said she wants to die").urgent


def test_update_changes_items_and_records_history(db, django_user_model):
    user = django_user_model.objects.create_user("mod")
    theme = ThemeFactory(name="Transport")
    items = FeedbackFactory.create_batch(3)

    changed = feedback_update(items=items, user=user, status=Feedback.Status.IN_REVIEW, theme=theme)

    assert changed == 3
    assert set(Feedback.objects.values_list("status", "theme__name")) == {
        ("in_review", "Transport")
    }
    entry = ModelLogEntry.objects.filter(object_id=str(items[0].pk)).get()
    assert entry.action == "feedback.change" and entry.user == user
    assert entry.data == {"changes": [["Status", "New", "In review"], ["Theme", "–", "Transport"]]}
    assert entry.message == "Status: New → In review; Theme: – → Transport"
    # Nothing changes the second time, so nothing more is logged.
    assert feedback_update(items=items, user=user, status=Feedback.Status.IN_REVIEW) == 0


def test_update_can_clear_the_assignee(db, django_user_model):
    user = django_user_model.objects.create_user("mod")
    item = FeedbackFactory(assignee=user)
    feedback_update(items=[item], user=user, assignee=None)
    item.refresh_from_db()
    assert item.assignee is None


def test_purge_blanks_old_text_and_keeps_the_counts(db):
    now = timezone.now()
    old = FeedbackFactory(created_at=now - timedelta(days=731), theme=None)
    note = FeedbackNote.objects.create(feedback=old, text="Called the provider")
    recent = FeedbackFactory(created_at=now - timedelta(days=729))
    empty_old = FeedbackFactory(
        created_at=now - timedelta(days=800), trying_to_do="", what_went_wrong="", helpful=True
    )

    assert feedback_purge_text(older_than_days=730, now=now) == 1

    old.refresh_from_db()
    assert (old.trying_to_do, old.what_went_wrong, old.message) == ("",) * 3
    note.refresh_from_db()
    assert note.text == "" and note.feedback == old
    assert old.text_purged_at == now and old.helpful is False and old.path == "/services/"
    recent.refresh_from_db()
    assert recent.what_went_wrong and recent.text_purged_at is None
    empty_old.refresh_from_db()
    assert empty_old.text_purged_at is None
    assert Feedback.objects.count() == 3


def test_the_purge_command_uses_the_retention_setting_and_the_option(db, settings):
    now = timezone.now()
    FeedbackFactory(created_at=now - timedelta(days=40))
    FeedbackFactory(created_at=now - timedelta(days=10))
    settings.FEEDBACK_TEXT_RETENTION_DAYS = 730
    out = StringIO()

    call_command("purge_feedback_text", stdout=out)
    assert "Blanked the text of 0 feedback items older than 730 days" in out.getvalue()

    call_command("purge_feedback_text", "--older-than-days", "30", stdout=out)
    assert "Blanked the text of 1 feedback item older than 30 days" in out.getvalue()
    assert Feedback.objects.filter(what_went_wrong="").count() == 1

    with pytest.raises(CommandError):
        call_command("purge_feedback_text", "--older-than-days", "-1")
