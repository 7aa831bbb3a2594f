"""Checks that a listing is still accurate: who checked it and when, the reminders that ask
providers to, and the parent carer forum's step in the publishing workflow."""

from datetime import date

from django.conf import settings
from django.db import models
from django.utils import timezone

from wagtail.models import AbstractGroupApprovalTask, TaskState


class ForumCheckTask(AbstractGroupApprovalTask):
    """A workflow step for the parent carer forum that only listings marked as needing the
    forum's check wait at; every other listing passes straight through it."""

    def start(self, workflow_state, user=None):
        listing = workflow_state.content_object.get_latest_revision_as_object()
        if getattr(listing, "needs_forum_check", False):
            return super().start(workflow_state, user=user)
        # Skipped without notifying the forum: there is nothing for them to check.
        return TaskState.objects.create(
            workflow_state=workflow_state,
            revision=workflow_state.content_object.get_latest_revision(),
            task=self,
            status=TaskState.STATUS_SKIPPED,
            finished_at=timezone.now(),
        )

    @classmethod
    def get_description(cls):
        return "Members of the chosen groups check listings marked as needing the forum's check"

    class Meta:
        verbose_name = "parent carer forum check"
        verbose_name_plural = "parent carer forum checks"


class CheckedBy(models.TextChoices):
    PROVIDER = "provider", "the service provider"
    TEAM = "team", "the Local Offer team"
    FORUM = "forum", "the parent carer forum"


class ListingReview(models.Model):
    """Someone confirmed that a listing is accurate (ORUK calls this "assured")."""

    service = models.ForeignKey(
        "directory.ServicePage", on_delete=models.CASCADE, related_name="reviews"
    )
    checked_by = models.CharField(max_length=10, choices=CheckedBy.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The version of the listing that was checked, when it went through a workflow.",
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-pk"]
        get_latest_by = ["at", "pk"]

    def __str__(self):
        return f"{self.service} checked by {self.get_checked_by_display()}"

    @property
    def on(self) -> date:
        return timezone.localdate(self.at)


class ReviewReminder(models.Model):
    """A reminder sent to a listing's provider for one review cycle: the cycle is the due date,
    so each listing is reminded at most once per cycle. Its link confirms the listing once."""

    service = models.ForeignKey(
        "directory.ServicePage", on_delete=models.CASCADE, related_name="review_reminders"
    )
    due_on = models.DateField()
    sent_to = models.TextField(help_text="The addresses the reminder went to, one a line.")
    sent_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    review = models.OneToOneField(
        ListingReview, null=True, blank=True, on_delete=models.SET_NULL, related_name="reminder"
    )

    class Meta:
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(fields=["service", "due_on"], name="one_reminder_per_cycle")
        ]

    def __str__(self):
        return f"Reminder for {self.service} due {self.due_on}"
