"""The query parameters of the Open Referral UK API, checked before any query runs: a bad value
is a 400 that names the parameter, never a 500."""

import re
import uuid

from django import forms
from django.core.exceptions import ValidationError

from directory.api.mapping import WEEKDAY_BY_CODE
from directory.models import Weekday

DEFAULT_PER_PAGE = 50
# Larger pages are cut to this rather than refused, so that a client asking for "everything"
# still walks the feed.
MAX_PER_PAGE = 500
POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$")
WEEKDAY_NAMES = {label.upper(): day for day, label in Weekday.choices}


def normalise_postcode(value: str) -> str:
    """ "nb1 2ab" -> "NB1 2AB"; ValueError when it is not shaped like a UK postcode."""
    match = POSTCODE.match(re.sub(r"\s+", " ", value.strip().upper()))
    if not match:
        raise ValueError(value)
    return f"{match[1]} {match[2]}"


class UUIDListField(forms.CharField):
    """One id, or several separated by commas (any of them matches)."""

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return []
        try:
            return [uuid.UUID(part.strip()) for part in value.split(",") if part.strip()]
        except ValueError:
            raise ValidationError(
                "Give an id in UUID form, or several separated by commas."
            ) from None


class PageForm(forms.Form):
    page = forms.IntegerField(required=False, min_value=1, max_value=10**9)
    per_page = forms.IntegerField(required=False, min_value=1, max_value=10**9)

    def clean_page(self):
        return self.cleaned_data["page"] or 1

    def clean_per_page(self):
        return min(self.cleaned_data["per_page"] or DEFAULT_PER_PAGE, MAX_PER_PAGE)


class SearchForm(PageForm):
    search = forms.CharField(required=False, max_length=200)


class TaxonomyTermForm(PageForm):
    taxonomy_id = forms.UUIDField(required=False)


class ServiceFilterForm(SearchForm):
    taxonomy_term_id = UUIDListField(required=False, max_length=2000)
    taxonomy_id = UUIDListField(required=False, max_length=2000)
    organization_id = UUIDListField(required=False, max_length=2000)
    minimum_age = forms.DecimalField(required=False, min_value=0, max_value=150)
    maximum_age = forms.DecimalField(required=False, min_value=0, max_value=150)
    modified_after = forms.DateTimeField(required=False)
    day = forms.CharField(required=False, max_length=100)
    start_time = forms.TimeField(required=False)
    end_time = forms.TimeField(required=False)

    def clean_day(self):
        """MO, TU... as in iCal, or the day's name; several separated by commas."""
        value = self.cleaned_data["day"]
        days = []
        for part in filter(None, (part.strip().upper() for part in value.split(","))):
            day = WEEKDAY_BY_CODE.get(part[:2]) if len(part) == 2 else WEEKDAY_NAMES.get(part)
            if day is None:
                raise ValidationError("Give a day as MO, TU, WE, TH, FR, SA or SU, or its name.")
            days.append(day)
        return days


class LocationFilterForm(ServiceFilterForm):
    postcode = forms.CharField(required=False, max_length=20)
    proximity = forms.FloatField(
        required=False, min_value=1, max_value=1_000_000, help_text="In metres."
    )

    def clean_postcode(self):
        value = self.cleaned_data["postcode"]
        if not value:
            return ""
        try:
            return normalise_postcode(value)
        except ValueError:
            raise ValidationError("Give a full UK postcode, for example NB1 2AB.") from None

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("proximity")
            and not cleaned.get("postcode")
            and "postcode" not in (self.errors)
        ):
            self.add_error("proximity", "Give a postcode to measure the distance from.")
        return cleaned
