from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import Truncator

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from feedback.safeguarding import DEFAULT_PHRASES
from public_forms.site_settings import DefaultsWhenDatabaseRefuses

TRYING_TO_DO_MAX = 500
WHAT_WENT_WRONG_MAX = 1200
MESSAGE_MAX = 2000
NOTE_MAX = 4000
TITLE_WORDS = 8


class Theme(models.Model):
    """What a piece of feedback is about, in the steering group's words ("waiting times",
    "transport", "finding services"). You Said, We Did entries share the same themes."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(
        max_length=80, unique=True, help_text="Used in web addresses, as in ?theme=transport."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Feedback(models.Model):
    """What someone told us about a page or about the Local Offer. Holds no IP address and
    no user agent; free text is redacted before it is stored (see `services.py`)."""

    class Kind(models.TextChoices):
        PAGE = "page", "Is this page useful?"
        PROBLEM = "problem", "Problem with a page"
        GENERAL = "general", "Tell us what you think"

    class Category(models.TextChoices):
        COMPLIMENT = "compliment", "Something that worked well"
        IDEA = "idea", "An idea to make things better"
        PROBLEM = "problem", "A problem"
        MISSING = "missing", "Something missing from the Local Offer"

    class Respondent(models.TextChoices):
        YOUNG_PERSON = "young_person", "A child or young person"
        PARENT_CARER = "parent_carer", "A parent or carer"
        PROFESSIONAL = "professional", "Someone who works with children or young people"
        OTHER = "other", "Someone else"

    class Status(models.TextChoices):
        NEW = "new", "New"
        IN_REVIEW = "in_review", "In review"
        ACTIONED = "actioned", "Actioned"
        NO_ACTION = "no_action", "No action"
        SPAM = "spam", "Spam"

    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.PAGE)
    path = models.CharField(max_length=500, blank=True, help_text="The page it was sent from.")
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    helpful = models.BooleanField(null=True, blank=True)
    category = models.CharField(max_length=12, choices=Category.choices, blank=True)
    respondent = models.CharField(max_length=14, choices=Respondent.choices, blank=True)
    trying_to_do = models.TextField(
        "what they were trying to do", max_length=TRYING_TO_DO_MAX, blank=True
    )
    what_went_wrong = models.TextField(max_length=WHAT_WENT_WRONG_MAX, blank=True)
    message = models.TextField(max_length=MESSAGE_MAX, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    urgent = models.BooleanField(
        default=False,
        db_index=True,
        help_text="The text suggests a child or young person may be at risk.",
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW)
    theme = models.ForeignKey(
        Theme, null=True, blank=True, on_delete=models.SET_NULL, related_name="feedback"
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text_purged_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the free text was blanked after the retention period.",
    )

    panels = [
        FieldPanel("status"),
        FieldPanel("theme"),
        FieldPanel("assignee"),
    ]

    class Meta:
        verbose_name = "feedback item"
        verbose_name_plural = "feedback"
        ordering = ["-urgent", "-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        # No free text here: the name of an item turns up in places (audit logs, choosers,
        # "you cannot change these items") where only its number and page belong.
        return f"Feedback #{self.pk} on {self.path or 'the Local Offer'}"

    def title(self) -> str:
        """The item as staff name it on its own screens: its first words, as stored (already
        redacted of personal details), or what kind of answer it was. Audit logs and choosers
        keep `__str__`, which holds no public text."""
        if self.text:
            return Truncator(self.text).words(TITLE_WORDS)
        return self.summary()

    def summary(self) -> str:
        if self.text:
            return Truncator(self.text).chars(90)
        if self.helpful is not None:
            return "Said the page was useful" if self.helpful else "Said the page was not useful"
        return self.get_kind_display()

    summary.short_description = "Feedback"

    @property
    def text(self) -> str:
        """All the free text, for lists and search."""
        return " / ".join(t for t in (self.trying_to_do, self.what_went_wrong, self.message) if t)


class FeedbackNote(models.Model):
    """One of the steering group's notes on a feedback item. Notes are only ever added, so
    the thread shows who said what and when; only the steering group sees them."""

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created = models.DateTimeField(default=timezone.now)
    text = models.TextField(max_length=NOTE_MAX)

    class Meta:
        ordering = ["created", "pk"]

    def __str__(self):
        # Audit logs and deletion screens name a note by its item and time, not its text.
        return f"Note on {self.feedback} at {self.created:%Y-%m-%d %H:%M}"


@register_setting(icon="help")
class FeedbackSettings(DefaultsWhenDatabaseRefuses, BaseGenericSetting):
    safeguarding_phrases = models.TextField(
        default=DEFAULT_PHRASES,
        help_text=(
            "Feedback containing any of these is flagged urgent. One phrase a line, in any "
            "case; end a phrase with * to match any ending (abus* matches abuse and abused)."
        ),
    )
    safeguarding_contact_name = models.CharField(
        max_length=120,
        default="Children's social care",
        help_text="Who to contact when worried about a child's safety.",
    )
    safeguarding_contact_phone = models.CharField(max_length=40, blank=True)
    safeguarding_contact_url = models.URLField(blank=True)
    complaints_url = models.URLField(blank=True, help_text="The council's formal complaints page.")

    panels = [
        MultiFieldPanel(
            [
                "safeguarding_contact_name",
                "safeguarding_contact_phone",
                "safeguarding_contact_url",
                "safeguarding_phrases",
            ],
            heading="Safeguarding",
        ),
        FieldPanel("complaints_url"),
    ]

    class Meta:
        verbose_name = "feedback settings"
