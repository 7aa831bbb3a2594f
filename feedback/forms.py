from django import forms

from wagtail.models import Page

from feedback.models import MESSAGE_MAX, TRYING_TO_DO_MAX, WHAT_WENT_WRONG_MAX, Feedback
from public_forms.honeypot import PublicForm, PublicTextField
from public_forms.text import local_path


class _PageFieldsMixin(forms.Form):
    path = forms.CharField(required=False, max_length=2000)
    page = forms.IntegerField(required=False, min_value=1)

    def clean_path(self):
        return local_path(self.cleaned_data["path"])

    def clean_page(self):
        page_id = self.cleaned_data["page"]
        return Page.objects.filter(pk=page_id).first() if page_id else None


class FeedbackForm(_PageFieldsMixin, PublicForm):
    """The widget at the foot of every page: "Is this page useful?" and "Report a problem"."""

    helpful = forms.ChoiceField(choices=[("yes", "Yes"), ("no", "No")], required=False)
    trying_to_do = PublicTextField(
        required=False,
        max_length=TRYING_TO_DO_MAX,
        error_messages={
            "max_length": f"What you were trying to do must be {TRYING_TO_DO_MAX} characters "
            "or fewer"
        },
    )
    what_went_wrong = PublicTextField(
        required=False,
        max_length=WHAT_WENT_WRONG_MAX,
        error_messages={
            "max_length": f"What went wrong must be {WHAT_WENT_WRONG_MAX} characters or fewer"
        },
    )
    # Carries an earlier "No" answer to the page where people say what went wrong.
    token = forms.CharField(required=False, max_length=200)

    def clean_helpful(self):
        return {"yes": True, "no": False}.get(self.cleaned_data["helpful"])

    @property
    def has_text(self) -> bool:
        data = self.cleaned_data
        return bool(data.get("trying_to_do", "").strip() or data.get("what_went_wrong", "").strip())


class TellUsForm(_PageFieldsMixin, PublicForm):
    """The longer feedback form on the "Tell us what you think" page."""

    category = forms.ChoiceField(
        choices=Feedback.Category.choices,
        error_messages={"required": "Select what your feedback is about"},
    )
    message = PublicTextField(
        max_length=MESSAGE_MAX,
        error_messages={
            "required": "Enter your feedback",
            "max_length": f"Your feedback must be {MESSAGE_MAX} characters or fewer",
        },
    )
    respondent = forms.ChoiceField(choices=Feedback.Respondent.choices, required=False)
