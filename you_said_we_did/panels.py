from wagtail.admin.panels import Panel


class LinkedFeedbackTextPanel(Panel):
    """What the linked feedback said, read-only beside the link, so the entry can be written
    (and checked) against it."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "you_said_we_did/admin/linked_feedback_text.html"

        def is_shown(self):
            return bool(getattr(self.instance, "feedback_id", None))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["feedback"] = self.instance.feedback
            return context
