from datetime import date

from django import forms

from pages.choices import Topic

MONTHS_AHEAD = 12


def _months_from(today: date) -> list[date]:
    first = today.replace(day=1)
    return [
        date(first.year + (first.month - 1 + step) // 12, (first.month - 1 + step) % 12 + 1, 1)
        for step in range(MONTHS_AHEAD)
    ]


class EventFilterForm(forms.Form):
    """The events list's filters, from the query string. Every field is optional."""

    month = forms.TypedChoiceField(required=False, empty_value=None)
    topic = forms.ChoiceField(required=False, choices=[("", "Any topic"), *Topic.choices])
    age = forms.IntegerField(
        required=False,
        min_value=0,
        max_value=25,
        label="Age of the child or young person",
        help_text="A whole number from 0 to 25",
    )

    def __init__(self, *args, today: date, **kwargs):
        super().__init__(*args, **kwargs)
        months = _months_from(today)
        self.fields["month"].choices = [
            ("", "Any month"),
            *((f"{month:%Y-%m}", f"{month:%B %Y}") for month in months),
        ]
        self.fields["month"].coerce = lambda value: date.fromisoformat(f"{value}-01")

    @classmethod
    def valid_part(cls, data, *, today: date) -> "EventFilterForm":
        """The form with only the values that are valid: a month, topic or age that is not
        on offer (an old link, a typo) is dropped rather than shown as an error."""
        form = cls(data, today=today)
        if not form.is_valid():
            valid = data.copy()
            for name in form.errors:
                valid.pop(name, None)
            form = cls(valid, today=today)
            form.is_valid()
        return form
