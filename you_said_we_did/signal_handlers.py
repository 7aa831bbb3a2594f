from wagtail.signals import published

from you_said_we_did.models import Entry
from you_said_we_did.services import entry_feedback_mark_actioned


def mark_answered_feedback_actioned(sender, instance, **kwargs):
    # The signal does not say who published; the history records the change without a
    # name rather than credit the entry's author with it.
    entry_feedback_mark_actioned(entry=instance, user=None)


def register_signal_handlers():
    published.connect(mark_answered_feedback_actioned, sender=Entry)
