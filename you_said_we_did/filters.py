import django_filters

from you_said_we_did.selectors import entries_live, entry_themes, entry_years


class EntryFilterSet(django_filters.FilterSet):
    """Theme and year, from the query string."""

    theme = django_filters.ModelChoiceFilter(
        field_name="theme",
        to_field_name="slug",
        queryset=entry_themes(),
        empty_label="All themes",
        label="Theme",
    )
    year = django_filters.ChoiceFilter(
        field_name="date__year", empty_label="All years", label="Year"
    )

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, queryset=entries_live(), **kwargs)
        self.filters["theme"].queryset = entry_themes()
        self.filters["year"].extra["choices"] = [(year, str(year)) for year in entry_years()]
