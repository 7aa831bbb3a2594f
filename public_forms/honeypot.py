"""The base form for what the public submits: a honeypot field people never see, and the
field type for free text."""

from django import forms

from public_forms.text import clean_public_text, strip_control_characters

HONEYPOT_FIELD = "homepage"


class PublicTextField(forms.CharField):
    """Free text from the public. Control characters go before the length is checked; the
    length limit applies to what the person typed, and the cleaned value is redacted
    (`clean_public_text`), shortened with a mark if redaction made it too long."""

    def to_python(self, value):
        return strip_control_characters(super().to_python(value)).strip()

    def clean(self, value):
        return clean_public_text(super().clean(value), max_length=self.max_length)


class PublicForm(forms.Form):
    """Base class for a form the public submits. Render the honeypot with the
    `public_forms/honeypot.html` include; check `is_bot()` before saving anything."""

    # People never see this field (it is off screen and out of the tab order, and its label
    # tells screen reader users to leave it); simple bots fill in every field they find.
    homepage = forms.CharField(required=False, max_length=200)

    def is_bot(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    @staticmethod
    def clean_text(value: str) -> str:
        """Free text as it may be stored (see `clean_public_text`)."""
        return clean_public_text(value)
