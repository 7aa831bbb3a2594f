"""Every query string passes through this form before any backend sees it. Values that make
no sense are dropped (unknown facet values, a page below 1, an unknown sort); an age outside
0 to 25, or an age band upside down, is explained to the person; nothing reaches a backend
unvalidated."""

from django import forms

from search.catalogue import Catalogue, facet_options
from search.query import ServiceQuery, Sort

MAX_QUERY_LENGTH = 200
MIN_AGE, MAX_AGE = 0, 25


class SiteSearchForm(forms.Form):
    q = forms.CharField(required=False, label="Search this site")

    def clean_q(self) -> str:
        return " ".join(self.cleaned_data["q"].split())[:MAX_QUERY_LENGTH]


class ForgivingMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the known values (matched without regard to case) and drops the rest, so an
    old bookmark with a retired value still shows the rest of its search."""

    def to_python(self, value):
        known = {str(key).lower(): key for key, _ in self.choices}
        values = super().to_python(value)
        return list(dict.fromkeys(known[v.lower()] for v in values if v.lower() in known))

    def validate(self, value):
        pass


def age_field(label: str) -> forms.IntegerField:
    return forms.IntegerField(
        required=False,
        min_value=MIN_AGE,
        max_value=MAX_AGE,
        label=label,
        error_messages={
            "invalid": "Enter an age as a whole number, like 6",
            "min_value": f"Enter an age from {MIN_AGE} to {MAX_AGE}",
            "max_value": f"Enter an age from {MIN_AGE} to {MAX_AGE}",
        },
    )


class ServiceSearchForm(forms.Form):
    q = forms.CharField(required=False, strip=True, label="Search for a service")
    age = age_field("Age of the child or young person")
    age_from = age_field("Youngest age")
    age_to = age_field("Oldest age")
    exact = forms.BooleanField(required=False)
    sort = forms.CharField(required=False)
    page = forms.CharField(required=False)

    def __init__(self, data, *, catalogue: Catalogue):
        super().__init__(data)
        self.catalogue = catalogue
        options = facet_options()
        for facet in catalogue.facets:
            self.fields[facet.name] = ForgivingMultipleChoiceField(
                required=False, label=facet.label, choices=options[facet.name]
            )

    def clean_q(self) -> str:
        return " ".join(self.cleaned_data["q"].split())[:MAX_QUERY_LENGTH]

    def clean(self):
        cleaned = super().clean()
        youngest, oldest = cleaned.get("age_from"), cleaned.get("age_to")
        if youngest is not None and oldest is not None and youngest > oldest:
            self.add_error("age_to", "The oldest age must not be below the youngest")
        return cleaned

    def clean_sort(self) -> Sort:
        try:
            return Sort(self.cleaned_data["sort"])
        except ValueError:
            return Sort.RELEVANCE

    def clean_page(self) -> int:
        page = self.cleaned_data["page"]
        return int(page) if page.isdigit() and 0 < int(page) < 10_000 else 1

    def to_query(self) -> ServiceQuery:
        """The query for the valid parts of the input; invalid fields are left out."""
        self.is_valid()
        data = self.cleaned_data
        return ServiceQuery(
            text=data.get("q", ""),
            filters={
                facet.name: tuple(data[facet.name])
                for facet in self.catalogue.facets
                if data.get(facet.name)
            },
            age=data.get("age"),
            age_from=data.get("age_from"),
            age_to=data.get("age_to"),
            page=data.get("page", 1),
            sort=data.get("sort", Sort.RELEVANCE),
            exact=data.get("exact", False),
        )
