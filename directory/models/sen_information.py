"""What each school, college and early years setting must say about its support for children
and young people with SEN: the questions of the SEND Regulations 2014 (Schedule 1, the SEN
information a school publishes) that the Local Offer must carry for each setting (Schedule 2,
paragraph 5), in the order of the SEND Code of Practice, paragraph 6.79.

The answers are fields of the listing itself, so they are saved in its revisions, go through
its workflow and are confirmed with the rest of the listing at each review."""

from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class SettingType(models.TextChoices):
    EARLY_YEARS = "early-years", "Nursery or other early years setting"
    SCHOOL = "school", "School"
    COLLEGE = "college", "College or other post-16 setting"


def _answer(question: str) -> models.TextField:
    return models.TextField(
        question, blank=True, help_text="Leave a blank line between paragraphs."
    )


class SenInformation(models.Model):
    setting_type = models.CharField(
        "school or setting",
        max_length=20,
        blank=True,
        choices=SettingType.choices,
        help_text="Only schools, colleges and early years settings publish SEN information. "
        "Save a draft after choosing, to see its questions.",
    )
    sen_kinds = _answer("What kinds of special educational needs does it provide for?")
    sen_identifying = _answer("How does it find out about a child's needs and assess them?")
    sen_senco = _answer("Who is the special educational needs coordinator (SENCO)?")
    sen_parents = _answer("How does it involve parents and carers?")
    sen_young_people = _answer("How does it involve children and young people in decisions?")
    sen_progress = _answer("How does it check progress and review support?")
    sen_moving_on = _answer("How does it support moving on, to a new setting or to adult life?")
    sen_teaching = _answer("How does it adapt teaching, the curriculum and the building?")
    sen_expertise = _answer("What training and expertise do staff have?")
    sen_evaluating = _answer("How does it check that its support works?")
    sen_activities = _answer("How are children with SEN included in all activities?")
    sen_wellbeing = _answer("How does it support wellbeing and prevent bullying?")
    sen_other_services = _answer("Which health, care and other services does it work with?")
    sen_complaints = _answer("How can parents and carers complain?")

    class Meta:
        abstract = True

    def sen_answers(self) -> list[tuple[str, list[str]]]:
        """The questions answered, each with its answer's paragraphs, in the Code's order."""
        answers = []
        for name in SEN_QUESTIONS:
            text = getattr(self, name).strip()
            if text:
                question = self._meta.get_field(name).verbose_name
                paragraphs = [" ".join(part.split()) for part in text.split("\n\n") if part.strip()]
                answers.append((question, paragraphs))
        return answers

    def has_sen_information(self) -> bool:
        return bool(self.setting_type) or any(getattr(self, name).strip() for name in SEN_QUESTIONS)


SEN_QUESTIONS = [
    "sen_kinds",
    "sen_identifying",
    "sen_senco",
    "sen_parents",
    "sen_young_people",
    "sen_progress",
    "sen_moving_on",
    "sen_teaching",
    "sen_expertise",
    "sen_evaluating",
    "sen_activities",
    "sen_wellbeing",
    "sen_other_services",
    "sen_complaints",
]


class SenQuestionsPanel(MultiFieldPanel):
    """The questions, for listings that are a school or setting: a listing for anything
    else does not see them. A listing with answers always does, so none are lost unseen."""

    class BoundPanel(MultiFieldPanel.BoundPanel):
        def is_shown(self):
            return self.instance.has_sen_information() and super().is_shown()


sen_information_panels = [
    FieldPanel("setting_type"),
    SenQuestionsPanel(
        [FieldPanel(name) for name in SEN_QUESTIONS],
        heading="SEN information",
        help_text="What the setting publishes about its support for children with special "
        "educational needs, in plain words. It is checked with the rest of the listing.",
    ),
]
