"""The demo's feedback and You said, we did entries."""

from datetime import date

from demo.feedback import load_demo_feedback
from feedback.models import Feedback
from you_said_we_did.models import Entry


def test_the_demo_has_realistic_feedback_and_a_dozen_answers_in_every_status(site):
    load_demo_feedback(today=date(2026, 6, 1))

    feedback = Feedback.objects.all()
    assert feedback.filter(helpful=True).exists() and feedback.filter(helpful=False).exists()
    assert feedback.filter(status=Feedback.Status.SPAM).count() >= 2
    assert {kind for kind, _ in Feedback.Kind.choices} == set(
        feedback.values_list("kind", flat=True)
    )
    assert feedback.filter(category=Feedback.Category.MISSING).exists()
    assert feedback.values("theme").distinct().count() >= 6
    assert set(feedback.values_list("status", flat=True)) == set(Feedback.Status.values)
    # Submitted through the same service as real feedback: redacted and flagged.
    assert not feedback.filter(what_went_wrong__contains="07700").exists()
    assert feedback.filter(what_went_wrong__contains="[phone number removed]").exists()
    assert feedback.get(urgent=True).respondent == Feedback.Respondent.YOUNG_PERSON

    entries = Entry.objects.filter(live=True)
    assert entries.count() == 12
    assert set(entries.values_list("status", flat=True)) == set(Entry.Status.values)
    assert all(entry.feedback_links.exists() for entry in entries)
    assert {entry.date.year for entry in entries} == {2025, 2026}
