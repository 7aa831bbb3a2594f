from datetime import date

from django import forms
from django.utils import timezone

from monitoring.models import Visit
from monitoring.selectors import Period, months_later
from public_forms.errors import error_list
from public_forms.honeypot import PublicForm, PublicTextField

YES_NO = [("yes", "Yes"), ("no", "No")]


class DateRangeForm(forms.Form):
    """The period the dashboard shows: this month and the eleven before it, unless chosen.
    A date that does not parse is ignored rather than refused."""

    start = forms.DateField(
        required=False,
        label="From",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    end = forms.DateField(
        required=False,
        label="To",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            self.add_error("end", "The end date must be on or after the start date.")
        return data

    def period(self, *, today: date | None = None) -> Period:
        today = today or timezone.localdate()
        default_start = months_later(today.replace(day=1), -11)
        data = self.cleaned_data if self.is_valid() else {}
        return Period(data.get("start") or default_start, data.get("end") or today)


class VisitForm(PublicForm):
    """What a volunteer records after trying a scenario. Free text is redacted."""

    scenario = forms.ModelChoiceField(
        queryset=None, empty_label=None, error_messages={"required": "Select the task you tried"}
    )
    visit_day = forms.IntegerField(min_value=1, max_value=31, required=False)
    visit_month = forms.IntegerField(min_value=1, max_value=12, required=False)
    visit_year = forms.IntegerField(min_value=2000, max_value=2100, required=False)
    shopper_type = forms.ChoiceField(
        choices=Visit.ShopperType.choices, error_messages={"required": "Select who you are"}
    )
    device = forms.ChoiceField(
        choices=Visit.Device.choices, error_messages={"required": "Select the device you used"}
    )
    assistive_technology = PublicTextField(required=False, max_length=200)
    outcome = forms.ChoiceField(
        choices=Visit.Outcome.choices,
        error_messages={"required": "Select whether you found what you were looking for"},
    )
    minutes_taken = forms.IntegerField(
        min_value=0,
        max_value=600,
        error_messages={
            "required": "Enter how many minutes it took",
            "invalid": "Enter the minutes as a number, like 5",
            "min_value": "Minutes must be 0 or more",
            "max_value": "Minutes must be 600 or fewer",
        },
    )
    ease = forms.TypedChoiceField(
        choices=[
            ("1", "1 (very hard)"),
            ("2", "2"),
            ("3", "3"),
            ("4", "4"),
            ("5", "5 (very easy)"),
        ],
        coerce=int,
        error_messages={"required": "Select how easy it was"},
    )
    information_accurate = forms.ChoiceField(
        choices=YES_NO, error_messages={"required": "Select whether the information was right"}
    )
    accessibility_problems = PublicTextField(required=False, max_length=1200)
    comments = PublicTextField(required=False, max_length=2000)

    def __init__(self, *args, campaign, **kwargs):
        super().__init__(*args, **kwargs)
        self.campaign = campaign
        self.fields["scenario"].queryset = campaign.scenarios.all()

    def clean(self):
        data = super().clean()
        parts = [data.get(f"visit_{part}") for part in ("year", "month", "day")]
        if not any(self.data.get(f"visit_{part}") for part in ("year", "month", "day")):
            data["visited_on"] = timezone.localdate()
        elif None in parts:
            self.add_error("visit_day", "Enter the date of your visit, like 27 3 2026")
        else:
            try:
                visited_on = date(*parts)
            except ValueError:
                self.add_error("visit_day", "Enter a real date")
            else:
                if visited_on > timezone.localdate():
                    self.add_error("visit_day", "The date of your visit must be today or earlier")
                else:
                    data["visited_on"] = visited_on
        return data

    def visit_fields(self) -> dict:
        """The cleaned answers, as `visit_record` takes them."""
        data = self.cleaned_data
        return {
            "campaign": self.campaign,
            "scenario": data["scenario"],
            "visited_on": data["visited_on"],
            "shopper_type": data["shopper_type"],
            "device": data["device"],
            "assistive_technology": data["assistive_technology"],
            "outcome": data["outcome"],
            "minutes_taken": data["minutes_taken"],
            "ease": data["ease"],
            "information_accurate": data["information_accurate"] == "yes",
            "accessibility_problems": data["accessibility_problems"],
            "comments": data["comments"],
        }

    def radio_items(self) -> dict[str, list[dict]]:
        """The items of each set of radios, as the GOV.UK radios macro takes them."""
        items = {}
        for name in ("shopper_type", "device", "outcome", "ease", "information_accurate"):
            current = str(self[name].value() or "")
            items[name] = [
                {"value": value, "text": text, "checked": value == current}
                for value, text in self.fields[name].choices
            ]
        current = str(self["scenario"].value() or "")
        items["scenario"] = [
            {
                "value": str(scenario.pk),
                "text": scenario.task,
                "hint": {
                    "text": f"Playing: {scenario.persona}. Aim: {scenario.target_minutes} minutes."
                },
                "checked": str(scenario.pk) == current,
            }
            for scenario in self.fields["scenario"].queryset
        ]
        return items

    def error_list(self) -> list[dict]:
        """The errors as the GOV.UK error summary lists them, each linked to its field."""
        return error_list(self, href="#visit-{dashed}")
