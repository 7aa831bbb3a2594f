"""Internal notes become a thread of dated notes. The one notes box each item had becomes its
first note, dated when the item was last changed in the admin (or received, if never), with
no author: the box kept no record of who wrote what."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def notes_box_to_first_note(apps, schema_editor):
    Feedback = apps.get_model("feedback", "Feedback")
    FeedbackNote = apps.get_model("feedback", "FeedbackNote")
    ContentType = apps.get_model("contenttypes", "ContentType")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    content_type = ContentType.objects.filter(app_label="feedback", model="feedback").first()
    notes = []
    items = Feedback.objects.exclude(internal_notes="").only("pk", "created_at", "internal_notes")
    for item in items.iterator(chunk_size=2000):
        last_change = (
            ModelLogEntry.objects.filter(content_type=content_type, object_id=str(item.pk))
            .order_by("-timestamp")
            .values_list("timestamp", flat=True)
            .first()
            if content_type
            else None
        )
        notes.append(
            FeedbackNote(
                feedback_id=item.pk,
                text=item.internal_notes,
                created=last_change or item.created_at,
            )
        )
    FeedbackNote.objects.bulk_create(notes, batch_size=500)


def first_notes_to_notes_box(apps, schema_editor):
    Feedback = apps.get_model("feedback", "Feedback")
    FeedbackNote = apps.get_model("feedback", "FeedbackNote")
    thread = {}
    for note in FeedbackNote.objects.order_by("created", "pk").exclude(text=""):
        thread.setdefault(note.feedback_id, []).append(note.text)
    for pk, texts in thread.items():
        Feedback.objects.filter(pk=pk).update(internal_notes="\n\n".join(texts))


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0004_clean_feedback_text"),
        ("wagtailcore", "0063_modellogentry"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="FeedbackNote",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("created", models.DateTimeField(default=django.utils.timezone.now)),
                ("text", models.TextField(max_length=4000)),
                (
                    "author",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "feedback",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="notes",
                        to="feedback.feedback",
                    ),
                ),
            ],
            options={"ordering": ["created", "pk"]},
        ),
        migrations.RunPython(notes_box_to_first_note, first_notes_to_notes_box),
        migrations.RemoveField(model_name="feedback", name="internal_notes"),
    ]
