"""Public views of the directory: the links to a service's contacts, and for co-produced
listings, suggest a change to a service, add your service, and the provider's one-click
"still accurate" link. None of them sets a cookie."""

from http import HTTPStatus

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from wagtail.models import Page

from directory.contact import contact_target
from directory.forms import AddServiceForm, SuggestChangeForm
from directory.models import DirectoryIndexPage, ServicePage
from directory.services import (
    ReviewLinkError,
    change_request_submit,
    review_link_confirm,
    review_link_reminder,
)
from directory.signals import contact_clicked
from public_forms.decorators import public_form_view
from public_forms.errors import error_list

CONTACT_FIELDS = ("contact_name", "contact_email", "contact_consent")
SUGGESTION_FIELDS = ("what_is_wrong", "suggestion", *CONTACT_FIELDS)
NEW_SERVICE_FIELDS = ("service_name", "organisation_name", "suggestion", *CONTACT_FIELDS)


class ContactRedirect(HttpResponseRedirect):
    # Django refuses to redirect to tel: and mailto: unless told they are expected.
    allowed_schemes = ["http", "https", "tel", "mailto"]


@require_GET
@never_cache
def contact(request: HttpRequest, service_id: int, kind: str) -> HttpResponse:
    """Go to a service's phone number, email address or website, saying so on the way
    (`contact_clicked`). The target comes from the service, never from the request, so this
    is no open redirect."""
    service = get_object_or_404(ServicePage.objects.live(), pk=service_id)
    target = contact_target(service, kind)
    contact_clicked.send(sender=ServicePage, service=service, kind=kind, request=request)
    return ContactRedirect(target)


def _live_page(request: HttpRequest, path: str, model: type[Page]) -> Page:
    page = Page.find_for_request(request, f"/{path}")
    if page is None or not isinstance(page.specific, model):
        raise Http404
    return page.specific


def _sent(request: HttpRequest) -> HttpResponse:
    # Redirect after the post: reloading the thank-you page then sends nothing again.
    return redirect(f"{request.path}?sent=1")


def _errors(form) -> list[dict]:
    return error_list(form, href="#{name}")


@public_form_view(scope="suggest-a-change")
def suggest_change(request: HttpRequest, path: str) -> HttpResponse:
    service = _live_page(request, path, ServicePage)
    if request.method != "POST" and request.GET.get("sent"):
        return render(request, "directory/suggestion_sent.html", {"service": service})
    form = SuggestChangeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not form.is_bot():
            change_request_submit(
                service=service,
                **{name: form.cleaned_data[name] for name in SUGGESTION_FIELDS},
            )
        # A bot sees the same thanks as a person, so it learns nothing from the honeypot.
        return _sent(request)
    status = HTTPStatus.BAD_REQUEST if form.errors else HTTPStatus.OK
    context = {"form": form, "error_list": _errors(form), "service": service}
    return render(request, "directory/suggest_change.html", context, status=status)


@public_form_view(scope="add-your-service")
def add_service(request: HttpRequest, path: str) -> HttpResponse:
    directory = _live_page(request, path, DirectoryIndexPage)
    if request.method != "POST" and request.GET.get("sent"):
        return render(request, "directory/suggestion_sent.html", {"directory": directory})
    form = AddServiceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not form.is_bot():
            change_request_submit(
                service=None, **{name: form.cleaned_data[name] for name in NEW_SERVICE_FIELDS}
            )
        return _sent(request)
    status = HTTPStatus.BAD_REQUEST if form.errors else HTTPStatus.OK
    context = {"form": form, "error_list": _errors(form), "directory": directory}
    return render(request, "directory/add_service.html", context, status=status)


@public_form_view(scope="review-link")
def review_confirm(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows what is being confirmed and a button; only the POST confirms, because mail
    scanners open links in emails before people do."""
    try:
        if request.method == "POST":
            review = review_link_confirm(token=token)
            return render(request, "directory/review_confirmed.html", {"review": review})
        reminder, _user = review_link_reminder(token=token)
    except ReviewLinkError as error:
        return render(
            request,
            "directory/review_link_problem.html",
            {"problem": str(error)},
            status=HTTPStatus.GONE,
        )
    context = {"service": reminder.service.specific, "reminder": reminder}
    return render(request, "directory/review_confirm.html", context)
