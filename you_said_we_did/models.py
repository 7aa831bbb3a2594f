from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    WorkflowMixin,
)

from public_forms.text import redact, strip_control_characters


def _no_personal_details(value: str) -> None:
    if redact(value) != value:
        raise ValidationError(
            "Remove the email address, phone number or postcode: entries are public."
        )


class Entry(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, ClusterableModel):
    """A public answer to feedback: what families told us, in the steering group's words,
    and what the partnership did about it. Goes live through the steering group's workflow."""

    class Status(models.TextChoices):
        PLANNED = "planned", "Planned"
        IN_PROGRESS = "in_progress", "In progress"
        DONE = "done", "Done"

    you_said = models.TextField(
        max_length=600,
        validators=[_no_personal_details],
        help_text=(
            "What families told us, in your own words. Never copy a comment: summarise what "
            "several people said, with nothing that could identify anyone."
        ),
    )
    we_did = models.TextField(
        max_length=1500,
        validators=[_no_personal_details],
        help_text="What the partnership did or will do about it, in plain English.",
    )
    theme = models.ForeignKey(
        "feedback.Theme",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="you_said_we_did_entries",
    )
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PLANNED)
    date = models.DateField(
        default=timezone.localdate, help_text="When this was decided or last changed."
    )

    panels = [
        FieldPanel("you_said"),
        FieldPanel("we_did"),
        FieldPanel("theme"),
        FieldPanel("status"),
        FieldPanel("date"),
        InlinePanel("feedback_links", heading="Feedback this answers", label="Feedback item"),
    ]

    class Meta:
        verbose_name = "You said, we did entry"
        verbose_name_plural = "You said, we did entries"
        ordering = ["-date", "-pk"]

    def __str__(self):
        return Truncator(self.you_said).chars(80)

    def clean(self):
        # Text pasted from a word processor can carry control characters (Word's Shift+Enter
        # is a vertical tab): stored, they would break the Atom feed.
        super().clean()
        self.you_said = strip_control_characters(self.you_said).strip()
        self.we_did = strip_control_characters(self.we_did).strip()

    def get_absolute_url(self) -> str:
        return reverse("you_said_we_did:entry", args=[self.pk])


class EntryFeedback(Orderable):
    """Which feedback an entry answers. Kept in the entry's revisions, never shown publicly."""

    entry = ParentalKey(Entry, on_delete=models.CASCADE, related_name="feedback_links")
    feedback = models.ForeignKey(
        "feedback.Feedback", on_delete=models.CASCADE, related_name="you_said_we_did_links"
    )

    panels = [FieldPanel("feedback")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["entry", "feedback"], name="unique_entry_feedback")
        ]
