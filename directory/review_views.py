"""A read-only review screen for a listing waiting at a workflow step: what changed against
the live version, field by field, and Approve or Request changes with a comment. Reviewers
who may not edit listings (the parent carer forum) never need the edit form."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from wagtail.admin.views.generic.models import RevisionsCompareView
from wagtail.models import TaskState

from directory.models import ServicePage
from directory.selectors import listing_tasks_for_reviewer

ACTIONS = {"approve": "approved", "reject": "sent back with your comment"}


class ReviewForm(forms.Form):
    action = forms.ChoiceField(choices=[(name, name) for name in ACTIONS])
    comment = forms.CharField(required=False, max_length=2000, widget=forms.Textarea)


def _task_state_for(user, pk: int) -> tuple[ServicePage, TaskState]:
    """The listing and its current step, if `user` is one of that step's reviewers."""
    service = get_object_or_404(ServicePage, pk=pk)
    workflow_state = service.current_workflow_state
    task_state = workflow_state.current_task_state if workflow_state else None
    if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
        raise PermissionDenied
    actions = {name for name, *_ in task_state.task.specific.get_actions(service, user)}
    if not actions & set(ACTIONS):
        raise PermissionDenied
    return service, task_state


class ListingReviewView(RevisionsCompareView):
    model = ServicePage
    template_name = "directory/listing_review.html"
    page_title = "Check the changes"
    header_icon = "doc-empty-inverse"

    def setup(self, request, pk, *args, **kwargs):
        # A listing never published has no live version: compare its first and last drafts.
        self.listing, self.task_state = _task_state_for(request.user, pk)
        first = "live" if self.listing.live else "earliest"
        super().setup(request, pk, first, "latest", *args, **kwargs)

    def get_object(self, queryset=None):
        return self.listing

    def get_edit_handler(self):
        return self.listing.get_edit_handler()

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": "Dashboard"},
            {"url": "", "label": self.get_page_title(), "sublabel": str(self.listing)},
        ]

    @property
    def header_buttons(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        workflow_state = self.task_state.workflow_state
        context.update(
            listing=self.listing,
            task_state=self.task_state,
            submitted_by=workflow_state.requested_by,
            submitted_at=workflow_state.created_at,
            earlier_comments=TaskState.objects.filter(workflow_state=workflow_state)
            .exclude(comment="")
            .select_related("finished_by", "task")
            .order_by("finished_at"),
            form=ReviewForm(),
            act_url=reverse("directory_listing_review_act", args=[self.listing.pk]),
            preview_url=reverse("wagtailadmin_pages:view_draft", args=[self.listing.pk]),
        )
        return context


@require_POST
def listing_review_act(request, pk):
    service, task_state = _task_state_for(request.user, pk)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose whether to approve the changes or ask for changes.")
        return redirect("directory_listing_review", pk)
    action, comment = form.cleaned_data["action"], form.cleaned_data["comment"]
    if action == "reject" and not comment.strip():
        messages.error(request, "Say what needs to change, so the provider can fix it.")
        return redirect("directory_listing_review", pk)
    task_state.task.specific.on_action(task_state, request.user, action, comment=comment)
    waiting = listing_tasks_for_reviewer(user=request.user).count()
    next_step = (
        f"{waiting} more listing{'s' if waiting != 1 else ''} wait for your check."
        if waiting
        else "Nothing else is waiting for your check."
    )
    messages.success(request, f"“{service.title}” {ACTIONS[action]}. {next_step}")
    return redirect("wagtailadmin_home")
