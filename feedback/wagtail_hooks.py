"""The steering group's feedback inbox in the Wagtail admin: listing with filters and search,
bulk actions, a detail view with history, and a dashboard panel. Model permissions, granted
to the steering group by a migration, keep everyone else out."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.functional import classproperty
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList, Panel
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.log_actions import LogFormatter
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    EditView,
    IndexView,
    InspectView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from feedback.filters import FeedbackFilterSet, SavedView
from feedback.models import NOTE_MAX, Feedback, FeedbackSettings, Theme
from feedback.selectors import (
    feedback_dashboard_summary,
    feedback_moderators,
    feedback_open_themes,
    urgent_feedback_count,
)
from feedback.services import feedback_add_note, feedback_update


class FeedbackTextPanel(Panel):
    """What the person wrote, read-only above the moderation fields (escaped, as everywhere
    in Django templates)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "feedback/admin/feedback_text_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["feedback"] = self.instance
            context["feedback_settings"] = FeedbackSettings.load()
            return context


class NotesPanel(Panel):
    """The steering group's notes on the item, oldest first, each with who wrote it and when."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "feedback/admin/notes_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["notes"] = self.instance.notes.select_related("author")
            return context


class FeedbackAdminForm(WagtailAdminModelForm):
    note = forms.CharField(
        label="Add a note",
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Only the steering group sees notes. Notes already written stay as they are.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the steering group deals with feedback, urgent items included.
        self.fields["assignee"].queryset = feedback_moderators()

    def clean(self):
        data = super().clean()
        # Someone now has it: a new item is in review, unless a status was chosen too.
        if (
            data.get("assignee")
            and "assignee" in self.changed_data
            and "status" not in self.changed_data
            and data.get("status") == Feedback.Status.NEW
        ):
            data["status"] = Feedback.Status.IN_REVIEW
        return data


class TitledByFirstWords:
    """Item screens are headed by what the person wrote, so staff know which item they are on;
    the number stays to tell apart items that begin alike."""

    def get_page_subtitle(self):
        return f"{self.object.title()} (#{self.object.pk})"


class FeedbackInspectView(TitledByFirstWords, InspectView):
    pass


class FeedbackEditView(TitledByFirstWords, EditView):
    def save_instance(self):
        # The form has already put its values on self.object; the service compares them with
        # the stored item so that the history can say what changed from what.
        data = self.form.cleaned_data
        feedback = Feedback.objects.select_related("theme", "assignee").get(pk=self.object.pk)
        feedback_update(
            items=[feedback],
            user=self.request.user,
            status=data["status"],
            theme=data["theme"],
            assignee=data["assignee"],
        )
        feedback_add_note(feedback=feedback, author=self.request.user, text=data["note"])
        return feedback


class FeedbackIndexView(IndexView):
    def search_queryset(self, queryset):
        # Searching the notes joins them: an item with two matching notes is still one item.
        return super().search_queryset(queryset).distinct()

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        # With no filter chosen, the inbox shows the work still open.
        if not set(kwargs["data"]) & set(FeedbackFilterSet.base_filters):
            data = kwargs["data"].copy()
            data["view"] = SavedView.OPEN
            kwargs["data"] = data
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["urgent_count"] = urgent_feedback_count()
        context["feedback_settings"] = FeedbackSettings.load()
        current = self.filters.data.get("view", "") if self.filters else ""
        theme = self.filters.data.get("theme", "") if self.filters else ""
        context["saved_views"] = [
            *(
                (label, f"?view={value}", current == value and not theme)
                for value, label in SavedView.choices
            ),
            ("All feedback", "?view=", current == "" and not theme),
        ]
        context["theme_views"] = [
            (f"{name} ({count} open)", f"?view=open&theme={pk}", theme == str(pk))
            for pk, name, count in feedback_open_themes()
        ]
        return context


class FeedbackViewSet(SnippetViewSet):
    model = Feedback
    icon = "comment"
    menu_label = "Inbox"
    index_view_class = FeedbackIndexView
    edit_view_class = FeedbackEditView
    inspect_view_class = FeedbackInspectView
    index_template_name = "feedback/admin/index.html"
    filterset_class = FeedbackFilterSet
    # Plain database lookups: feedback is not put in the search index, so text blanked by
    # the retention command leaves no copy behind.
    search_fields = ["trying_to_do", "what_went_wrong", "message", "notes__text", "path"]
    search_backend_name = None
    list_per_page = 50
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "summary",
        Column(
            "urgent",
            label="Urgent",
            accessor=lambda feedback: "Urgent" if feedback.urgent else "",
            sort_key="urgent",
        ),
        Column("get_kind_display", label="Sent from", sort_key="kind"),
        BooleanColumn("helpful", label="Useful"),
        Column("path", label="Page"),
        Column("theme", label="Theme", sort_key="theme__name"),
        Column("get_status_display", label="Status", sort_key="status"),
        Column("assignee", label="Assignee"),
        DateColumn("created_at", label="Received"),
    ]
    inspect_view_fields = [
        "created_at",
        "urgent",
        "kind",
        "path",
        "page",
        "helpful",
        "category",
        "respondent",
        "trying_to_do",
        "what_went_wrong",
        "message",
        "status",
        "theme",
        "assignee",
        "text_purged_at",
    ]
    edit_handler = ObjectList(
        [
            FeedbackTextPanel(heading="What they told us"),
            FieldPanel("status"),
            FieldPanel("theme"),
            FieldPanel("assignee"),
            NotesPanel(heading="Notes"),
            FieldPanel("note"),
        ],
        base_form_class=FeedbackAdminForm,
    )


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = "Themes"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    search_backend_name = None


class FeedbackViewSetGroup(SnippetViewSetGroup):
    items = (FeedbackViewSet, ThemeViewSet)
    menu_icon = "comment"
    menu_label = "Feedback"
    menu_name = "feedback"


register_snippet(FeedbackViewSetGroup)


@hooks.register("register_log_actions")
def register_feedback_log_actions(actions):
    @actions.register_action("feedback.change")
    class FeedbackChangeFormatter(LogFormatter):
        label = "Change status, theme or assignee"

        def format_message(self, log_entry):
            changes = log_entry.data.get("changes", [])
            return "; ".join(f"{field}: {before} → {after}" for field, before, after in changes)

    actions.register_action("feedback.note", "Add a note", "Added a note")


# Bulk actions


class FeedbackBulkAction(SnippetBulkAction):
    template_name = "feedback/admin/confirm_bulk_action.html"
    action_priority = 20
    # Set by subclasses: what is changed, as feedback_update's keyword arguments.
    changes = {}
    button_text = ""

    @classproperty
    def models(cls):
        return [Feedback]

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", obj
        )

    def get_changes(self) -> dict:
        return {**self.changes, **(self.cleaned_form.cleaned_data if self.cleaned_form else {})}

    def get_execution_context(self):
        return {"user": self.request.user, "changes": self.get_changes()}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "button_text": self.button_text}

    @classmethod
    def execute_action(cls, objects, user=None, changes=None, **kwargs):
        return feedback_update(items=objects, user=user, **changes), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d feedback item updated.",
            "%(count)d feedback items updated.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class MarkSpamBulkAction(FeedbackBulkAction):
    display_name = "Mark as spam"
    action_type = "mark_spam"
    aria_label = "Mark the selected feedback as spam"
    button_text = "Yes, mark as spam"
    changes = {"status": Feedback.Status.SPAM}


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=Feedback.Status.choices)


class SetStatusBulkAction(FeedbackBulkAction):
    display_name = "Set status"
    action_type = "set_status"
    aria_label = "Set the status of the selected feedback"
    button_text = "Set status"
    form_class = StatusForm


class ThemeForm(forms.Form):
    theme = forms.ModelChoiceField(
        queryset=Theme.objects.all(), required=False, empty_label="No theme"
    )


class SetThemeBulkAction(FeedbackBulkAction):
    display_name = "Set theme"
    action_type = "set_theme"
    aria_label = "Set the theme of the selected feedback"
    button_text = "Set theme"
    form_class = ThemeForm


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(queryset=None, required=False, empty_label="Nobody")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = feedback_moderators()


class AssignBulkAction(FeedbackBulkAction):
    display_name = "Assign"
    action_type = "assign"
    aria_label = "Assign the selected feedback to someone"
    button_text = "Assign"
    form_class = AssignForm


class TriageForm(forms.Form):
    """Theme, status and assignee at once; each left as it is unless chosen."""

    UNCHANGED = ""
    theme = forms.ChoiceField(required=False)
    status = forms.ChoiceField(required=False)
    assignee = forms.ChoiceField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        keep = [(self.UNCHANGED, "Leave as it is")]
        self.fields["theme"].choices = [
            *keep,
            ("none", "No theme"),
            *Theme.objects.values_list("pk", "name"),
        ]
        self.fields["status"].choices = [*keep, *Feedback.Status.choices]
        self.fields["assignee"].choices = [
            *keep,
            ("none", "Nobody"),
            *(
                (user.pk, user.get_full_name() or user.get_username())
                for user in feedback_moderators()
            ),
        ]

    def clean(self):
        data = super().clean()
        changes = {}
        if data.get("status"):
            changes["status"] = data["status"]
        if data.get("theme"):
            changes["theme"] = (
                None if data["theme"] == "none" else Theme.objects.get(pk=data["theme"])
            )
        if data.get("assignee"):
            changes["assignee"] = (
                None
                if data["assignee"] == "none"
                else feedback_moderators().get(pk=data["assignee"])
            )
        return changes


class TriageBulkAction(FeedbackBulkAction):
    display_name = "Triage"
    action_type = "triage"
    aria_label = "Set the theme, status and assignee of the selected feedback at once"
    button_text = "Save"
    form_class = TriageForm
    action_priority = 10


for action in (
    TriageBulkAction,
    MarkSpamBulkAction,
    SetStatusBulkAction,
    SetThemeBulkAction,
    AssignBulkAction,
):
    hooks.register("register_bulk_action", action)


# Dashboard


class FeedbackPanel(Component):
    name = "feedback"
    order = 50
    template_name = "feedback/admin/dashboard_panel.html"

    def get_context_data(self, parent_context):
        return {
            **feedback_dashboard_summary(),
            "inbox_url": reverse("wagtailsnippets_feedback_feedback:list"),
        }


@hooks.register("construct_homepage_panels")
def add_feedback_panel(request, panels):
    if request.user.has_perm("feedback.change_feedback"):
        panels.append(FeedbackPanel())
