"""You said, we did entries in the admin, and the way from feedback to a new entry: a bulk
action in the feedback inbox, and a button on each item, open a new entry with the links to
that feedback filled in."""

from collections import Counter
from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import classproperty

from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.widgets import Button
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from feedback.models import Feedback
from you_said_we_did.models import Entry

CREATE_URL_NAME = "wagtailsnippets_you_said_we_did_entry:add"


def new_entry_url(feedback_ids) -> str:
    return f"{reverse(CREATE_URL_NAME)}?{urlencode([('feedback', pk) for pk in feedback_ids])}"


class EntryCreateView(CreateView):
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if self.request.method == "GET":
            self._link_feedback(form)
        return form

    def _link_feedback(self, form) -> None:
        ids = [pk for pk in self.request.GET.getlist("feedback") if pk.isdigit()]
        items = list(Feedback.objects.filter(pk__in=ids).select_related("theme"))
        if not items:
            return
        # The links go in as new rows of the inline panel, exactly as if the moderator had
        # chosen each item, so saving the form saves them.
        links = form.formsets["feedback_links"]
        initial = [{"feedback": item.pk} for item in items]
        prefilled = type(links)(
            instance=form.instance,
            prefix=links.prefix,
            form_kwargs=links.form_kwargs,
            initial=initial,
        )
        prefilled.extra = len(initial)
        form.formsets["feedback_links"] = prefilled
        themes = Counter(item.theme for item in items if item.theme)
        if themes:
            form.initial["theme"] = themes.most_common(1)[0][0].pk


def entry_publishing_status(entry: Entry) -> str:
    """Where the entry is on its way to the public, in the words the steering group uses."""
    if entry.workflow_in_progress:
        return "Waiting for approval"
    if entry.live:
        return "Live, with changes not approved yet" if entry.has_unpublished_changes else "Live"
    return "Draft"


class EntryViewSet(SnippetViewSet):
    model = Entry
    icon = "openquote"
    menu_label = "You said, we did"
    menu_name = "you_said_we_did"
    menu_order = 250
    add_to_admin_menu = True
    add_view_class = EntryCreateView
    search_fields = ["you_said", "we_did"]
    search_backend_name = None
    list_display = [
        TitleColumn(
            "you_said",
            label="You said",
            accessor="__str__",
            url_name="wagtailsnippets_you_said_we_did_entry:edit",
        ),
        Column("publishing", label="Status", accessor=entry_publishing_status),
        Column("theme", label="Theme", sort_key="theme__name"),
        Column("get_status_display", label="Progress", sort_key="status"),
        DateColumn("date", label="Date"),
    ]
    list_filter = ["status", "theme", "live"]


register_snippet(EntryViewSet)


class AnswerFeedbackBulkAction(SnippetBulkAction):
    """Start a You said, we did entry answering the selected feedback."""

    display_name = "Answer in You said, we did"
    action_type = "answer_in_you_said_we_did"
    aria_label = "Start a You said, we did entry answering the selected feedback"
    action_priority = 10

    @classproperty
    def models(cls):
        return [Feedback]

    def dispatch(self, request, *args, **kwargs):
        # No confirmation step: straight to the new entry, whatever the method.
        user = request.user
        if not (
            user.has_perm("you_said_we_did.add_entry") and user.has_perm("feedback.view_feedback")
        ):
            raise PermissionDenied
        objects, _ = self.get_actionable_objects()
        return redirect(new_entry_url(item.pk for item in objects))

    def check_perm(self, obj):
        return self.request.user.has_perm("feedback.view_feedback")


hooks.register("register_bulk_action", AnswerFeedbackBulkAction)


@hooks.register("register_snippet_listing_buttons")
def answer_feedback_button(snippet, user, next_url=None):
    if isinstance(snippet, Feedback) and user.has_perm("you_said_we_did.add_entry"):
        yield Button(
            "Answer in You said, we did",
            url=new_entry_url([snippet.pk]),
            icon_name="openquote",
            priority=30,
        )
