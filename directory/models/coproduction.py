"""What the public suggests: a change to a listing, or a service to add."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from directory.models.listings import ServicePage


class ChangeRequest(models.Model):
    """A member of the public's suggestion: a change to a listing, or a service to add."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"

    class Outcome(models.TextChoices):
        CHANGED = "changed", "Listing changed"
        ADDED = "added", "Service added"
        NO_CHANGE = "no change", "No change needed"
        DUPLICATE = "duplicate", "Already suggested"
        SPAM = "spam", "Spam"

    service = models.ForeignKey(
        ServicePage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="change_requests",
        help_text="Empty when someone suggests a service to add.",
    )
    service_name = models.CharField(max_length=255, blank=True)
    organisation_name = models.CharField(max_length=255, blank=True)
    what_is_wrong = models.TextField(blank=True)
    suggestion = models.TextField()
    contact_name = models.CharField(max_length=255, blank=True)
    contact_email = models.EmailField(blank=True)
    contact_consent = models.BooleanField(
        default=False, help_text="The person agreed to be contacted about the suggestion."
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, blank=True)
    outcome_note = models.TextField(blank=True)
    draft_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        if self.is_new_service:
            return f"Add {self.service_name}"
        return f"Change to {self.service.title if self.service else 'a removed service'}"

    @property
    def is_new_service(self) -> bool:
        return not self.service_id and bool(self.service_name)

    def clean(self):
        super().clean()
        if not self.service_id and not self.service_name:
            raise ValidationError("Say which service the suggestion is about.")
        if self.contact_email and not self.contact_consent:
            raise ValidationError(
                {"contact_consent": "Contact details are only kept with the person's consent."}
            )
        if self.status == self.Status.CLOSED and not self.outcome:
            raise ValidationError({"outcome": "Say what came of the suggestion."})
