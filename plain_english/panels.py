from wagtail.admin.panels import Panel

from plain_english.models import PlainEnglishSettings
from plain_english.readability import reading_age


class ReadingAgePanel(Panel):
    """The reading age of the page as last saved, beside the site's target, in the edit
    form. The page type's `readable_text()` says what is measured."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "plain_english/reading_age_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            settings = PlainEnglishSettings.for_request(self.request)
            age = reading_age(self.instance.readable_text()) if self.instance.pk else None
            context.update(
                reading_age=age,
                target=settings.target_reading_age,
                above_target=age is not None and age > settings.target_reading_age,
                measures=self.instance.readability_label.lower(),
            )
            return context
