import django_filters

from django import forms
from django.db import models
from django.db.models import Q

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.widgets import BooleanRadioSelect

from feedback.models import Feedback, Theme
from feedback.selectors import feedback_moderators

OPEN = [Feedback.Status.NEW, Feedback.Status.IN_REVIEW]


class SavedView(models.TextChoices):
    OPEN = "open", "Open: new and in review"
    MINE = "mine", "Open and assigned to me"
    UNASSIGNED = "unassigned", "Open and assigned to nobody"
    URGENT = "urgent", "Open and urgent"


class FeedbackFilterSet(WagtailFilterSet):
    """The inbox filters: a saved view, status, theme, helpful, kind, page, date received,
    urgent, assignee."""

    view = django_filters.ChoiceFilter(
        choices=SavedView.choices, method="filter_view", label="View", empty_label="All feedback"
    )

    status = django_filters.MultipleChoiceFilter(
        choices=Feedback.Status.choices, widget=forms.CheckboxSelectMultiple
    )
    theme = django_filters.ModelChoiceFilter(queryset=Theme.objects.all(), empty_label="Any")
    helpful = django_filters.BooleanFilter(label="Page useful", widget=BooleanRadioSelect)
    kind = django_filters.ChoiceFilter(choices=Feedback.Kind.choices, label="Sent from")
    category = django_filters.ChoiceFilter(choices=Feedback.Category.choices)
    urgent = django_filters.BooleanFilter(label="Urgent", widget=BooleanRadioSelect)
    path = django_filters.CharFilter(
        label="Page address contains", method="filter_path", help_text="For example /services/"
    )
    created_at = django_filters.DateFromToRangeFilter(
        label="Received", widget=DateRangePickerWidget
    )
    assignee = django_filters.ModelChoiceFilter(
        queryset=lambda request: feedback_moderators(), empty_label="Anyone"
    )

    class Meta:
        model = Feedback
        fields = []

    def filter_view(self, queryset, name, value):
        queryset = queryset.filter(status__in=OPEN)
        if value == SavedView.MINE:
            return queryset.filter(assignee=self.request.user)
        if value == SavedView.UNASSIGNED:
            return queryset.filter(assignee__isnull=True)
        if value == SavedView.URGENT:
            return queryset.filter(urgent=True)
        return queryset

    def filter_path(self, queryset, name, value):
        return queryset.filter(Q(path__icontains=value) | Q(page__title__icontains=value))
