from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import (
    AbstractGroupApprovalTask,
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    WorkflowMixin,
)

from public_forms.text import redact, strip_control_characters
from you_said_we_did.panels import LinkedFeedbackTextPanel


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

    panels = [FieldPanel("feedback"), LinkedFeedbackTextPanel(heading="What they told us")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["entry", "feedback"], name="unique_entry_feedback")
        ]


class SecondCheckTask(AbstractGroupApprovalTask):
    """The steering group's approval of an entry, by a member who did not write it: an entry
    is public in the partnership's name, so two people read it before it goes live."""

    def get_actions(self, obj, user):
        if user.is_authenticated and user.pk in _writers(obj):
            return []
        return super().get_actions(obj, user)

    @classmethod
    def get_description(cls):
        return "Members of the chosen groups approve, except whoever wrote the entry"

    class Meta:
        verbose_name = "approval by another member"
        verbose_name_plural = "approvals by another member"


def _writers(obj) -> set[int]:
    """Everyone who saved a version of the object or sent it for approval."""
    writers = set(obj.revisions.exclude(user=None).values_list("user_id", flat=True))
    state = getattr(obj, "current_workflow_state", None)
    if state is not None and state.requested_by_id:
        writers.add(state.requested_by_id)
    return writers
