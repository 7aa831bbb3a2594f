"""The change request queue in the admin: see a suggestion beside the listing it is about,
open a draft of the listing to apply it in one click, close it with an outcome."""

import re

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.html import strip_tags
from django.views.decorators.http import require_POST

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from directory.models import ChangeRequest, DirectoryIndexPage, Organisation
from directory.services import change_request_close, change_request_open_draft

CHANGE_PERMISSION = "directory.change_changerequest"


class OpenDraftForm(forms.Form):
    """Only a service to add needs a choice: which organisation runs it."""

    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.all(),
        help_text="Add the organisation as a snippet first if it is not listed.",
    )


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(choices=ChangeRequest.Outcome.choices)
    note = forms.CharField(
        label="Note",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What was done, for the record. The person who suggested it does not see this.",
    )


def _plain(html: str) -> str:
    """Rich text as plain text, a line per block."""
    return strip_tags(re.sub(r"</(p|h[1-6]|li)>", "\n", html)).strip()


def _listing_rows(listing) -> list[tuple[str, str]]:
    """What a family reads in the listing, as plain text, to set beside the suggestion."""
    return [
        ("Name", listing.title),
        ("Run by", listing.organisation.name),
        ("Status", listing.get_status_display()),
        ("Summary", listing.summary),
        ("What the service offers", _plain(listing.description)),
        ("Ages", listing.age_range),
        ("Cost", " ".join(filter(None, [listing.get_cost_display(), listing.cost_detail]))),
        ("How to get it", _plain(listing.how_to_access)),
        ("Phone", listing.phone),
        ("Email", listing.email),
        ("Website", listing.website),
        ("Venues", "; ".join(f"{v.name}, {v.postcode}" for v in listing.locations.all())),
        ("Opening times", "; ".join(str(s) for s in listing.schedules.all())),
    ]


class ChangeRequestIndexView(IndexView):
    def get_edit_url(self, instance):
        # The request's own page, with the suggestion beside the listing, is where an
        # editor acts on it.
        return self.get_inspect_url(instance)


class ChangeRequestInspectView(InspectView):
    template_name = "directory/change_request_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        change_request = self.object
        listing = (
            change_request.service.get_latest_revision_as_object()
            if change_request.service_id
            else None
        )
        can_act = self.request.user.has_perm(CHANGE_PERMISSION)
        context.update(
            change_request=change_request,
            listing=listing,
            listing_rows=_listing_rows(listing) if listing else [],
            can_act=can_act and change_request.status == ChangeRequest.Status.OPEN,
            open_draft_form=None if listing else OpenDraftForm(),
            close_form=CloseForm(
                initial={
                    "outcome": ChangeRequest.Outcome.CHANGED
                    if listing
                    else ChangeRequest.Outcome.ADDED
                }
            ),
            open_draft_url=reverse(
                "directory_change_requests:open_draft", args=[change_request.pk]
            ),
            close_url=reverse("directory_change_requests:close", args=[change_request.pk]),
        )
        return context


def _open_request(request, pk) -> ChangeRequest:
    if not request.user.has_perm(CHANGE_PERMISSION):
        raise PermissionDenied
    return get_object_or_404(ChangeRequest, pk=pk, status=ChangeRequest.Status.OPEN)


@require_POST
def open_draft(request, pk):
    change_request = _open_request(request, pk)
    inspect_url = reverse("directory_change_requests:inspect", args=[pk])
    organisation = None
    if not change_request.service_id:
        form = OpenDraftForm(request.POST)
        if not form.is_valid():
            messages.error(request, "Choose the organisation that runs the service.")
            return redirect(inspect_url)
        organisation = form.cleaned_data["organisation"]
    listing = change_request_open_draft(
        change_request=change_request,
        user=request.user,
        directory=DirectoryIndexPage.objects.first(),
        organisation=organisation,
    )
    messages.success(
        request,
        "The suggestion is a comment on this draft. Make the change, then submit or publish it.",
    )
    return redirect("wagtailadmin_pages:edit", listing.pk)


@require_POST
def close(request, pk):
    change_request = _open_request(request, pk)
    form = CloseForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose what came of the suggestion.")
        return redirect("directory_change_requests:inspect", pk)
    change_request_close(
        change_request=change_request,
        user=request.user,
        outcome=form.cleaned_data["outcome"],
        note=form.cleaned_data["note"],
    )
    messages.success(request, f"Closed: {change_request.get_outcome_display()}.")
    return redirect("directory_change_requests:index")


class ChangeRequestViewSet(ModelViewSet):
    model = ChangeRequest
    icon = "comment"
    menu_label = "Change requests"
    menu_order = 210
    add_to_admin_menu = True
    url_prefix = "change-requests"
    name = "directory_change_requests"
    index_view_class = ChangeRequestIndexView
    inspect_view_enabled = True
    inspect_view_class = ChangeRequestInspectView
    copy_view_enabled = False
    list_display = [
        "__str__",
        Column(
            "organisation_or_service",
            label="About",
            accessor=lambda r: r.what_is_wrong[:80] or r.suggestion[:80],
        ),
        "status",
        "outcome",
        "created_at",
    ]
    list_filter = ["status", "outcome"]
    ordering = ["-created_at"]
    # Editors log suggestions that reach them by phone or email here too.
    form_fields = [
        "service",
        "service_name",
        "organisation_name",
        "what_is_wrong",
        "suggestion",
        "contact_name",
        "contact_email",
        "contact_consent",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("open-draft/<int:pk>/", open_draft, name="open_draft"),
            path("close/<int:pk>/", close, name="close"),
        ]
