"""Public forms for co-produced listings: suggest a change, add your service."""

from django import forms

from public_forms.honeypot import PublicForm

TEXT_LIMIT = 2000


class ContactFields(PublicForm):
    """Optional contact details, kept only when the person agrees to be contacted."""

    contact_name = forms.CharField(label="Your name (optional)", required=False, max_length=255)
    contact_email = forms.EmailField(
        label="Your email address (optional)",
        required=False,
        error_messages={
            "invalid": "Enter an email address in the correct format, like name@example.com"
        },
    )
    contact_consent = forms.BooleanField(
        label="You can contact me about this suggestion", required=False
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("contact_email") and not cleaned.get("contact_consent"):
            self.add_error(
                "contact_consent",
                "Tick the box if we can contact you, or leave out your email address",
            )
        return cleaned


class SuggestChangeForm(ContactFields):
    what_is_wrong = forms.CharField(
        label="What is wrong or out of date?",
        max_length=TEXT_LIMIT,
        widget=forms.Textarea,
        error_messages={
            "required": "Enter what is wrong or out of date",
            "max_length": f"What is wrong must be {TEXT_LIMIT} characters or fewer",
        },
    )
    suggestion = forms.CharField(
        label="What should it say?",
        max_length=TEXT_LIMIT,
        widget=forms.Textarea,
        error_messages={
            "required": "Enter what the listing should say",
            "max_length": f"What it should say must be {TEXT_LIMIT} characters or fewer",
        },
    )

    field_order = [
        "what_is_wrong",
        "suggestion",
        "contact_name",
        "contact_email",
        "contact_consent",
    ]

    def clean_what_is_wrong(self):
        return self.clean_text(self.cleaned_data["what_is_wrong"])

    def clean_suggestion(self):
        return self.clean_text(self.cleaned_data["suggestion"])


class AddServiceForm(ContactFields):
    service_name = forms.CharField(
        label="Name of the service",
        max_length=255,
        error_messages={"required": "Enter the name of the service"},
    )
    organisation_name = forms.CharField(
        label="Who runs it?",
        max_length=255,
        error_messages={"required": "Enter who runs the service"},
    )
    suggestion = forms.CharField(
        label="What does the service do, who is it for and how do families get it?",
        max_length=TEXT_LIMIT,
        widget=forms.Textarea,
        error_messages={
            "required": "Enter what the service does",
            "max_length": f"The description must be {TEXT_LIMIT} characters or fewer",
        },
    )

    field_order = [
        "service_name",
        "organisation_name",
        "suggestion",
        "contact_name",
        "contact_email",
        "contact_consent",
    ]

    def clean_service_name(self):
        return self.clean_text(self.cleaned_data["service_name"])

    def clean_organisation_name(self):
        return self.clean_text(self.cleaned_data["organisation_name"])

    def clean_suggestion(self):
        return self.clean_text(self.cleaned_data["suggestion"])
