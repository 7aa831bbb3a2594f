"""The public side of feedback. Nothing here touches the session or messages: visitors get
no cookies, so the forms work without a CSRF cookie (see `public_forms`)."""

from http import HTTPStatus

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode

from feedback.forms import FeedbackForm, TellUsForm, local_path
from feedback.models import Feedback
from feedback.services import (
    details_token,
    feedback_add_details,
    feedback_for_details_token,
    feedback_submit,
)
from public_forms.decorators import public_form_view
from public_forms.errors import error_list

THANKS = "Thank you for your feedback."


def _wants_json(request: HttpRequest) -> bool:
    # The widget's script asks for JSON; a plain form POST asks for HTML.
    return "application/json" in request.headers.get("Accept", "")


def _error_list(form) -> list[dict]:
    return error_list(form, href="#feedback-{dashed}")


def _thanks(request: HttpRequest, path: str) -> HttpResponse:
    if _wants_json(request):
        return JsonResponse({"message": THANKS})
    # Redirect after the post: reloading the thank-you page then sends nothing again.
    return redirect(f"{reverse('feedback:submit')}?{urlencode({'sent': 1, 'path': path})}")


@public_form_view(scope="feedback")
def page_feedback(request: HttpRequest) -> HttpResponse:
    """GET: the "Report a problem" form, for people without JavaScript. POST: an answer
    from the widget, or the details that follow a "No"."""
    if request.method != "POST":
        back_to = local_path(request.GET.get("path", ""))
        if request.GET.get("sent"):
            return render(request, "feedback/thanks.html", {"back_to": back_to})
        earlier = feedback_for_details_token(request.GET.get("token", ""))
        if earlier:
            # The "No" just kept: ask what went wrong, adding to that answer.
            details = FeedbackForm(
                initial={"path": back_to, "token": request.GET["token"], "helpful": "no"}
            )
            return render(
                request,
                "feedback/details.html",
                {"form": details, "back_to": back_to, "after_no": True},
            )
        form = FeedbackForm(initial={"path": back_to, "page": ""})
        return render(request, "feedback/details.html", {"form": form, "back_to": back_to})

    form = FeedbackForm(request.POST)
    if not form.is_valid():
        if _wants_json(request):
            return JsonResponse(
                {"errors": _error_list(form)}, status=HTTPStatus.UNPROCESSABLE_ENTITY
            )
        back_to = local_path(request.POST.get("path", ""))
        return render(
            request,
            "feedback/details.html",
            {"form": form, "back_to": back_to, "error_list": _error_list(form)},
        )
    data = form.cleaned_data
    if form.is_bot():
        # Thanked like anyone else, so it learns nothing; and nothing is stored.
        return _thanks(request, data["path"])

    earlier = feedback_for_details_token(data["token"]) if data["token"] else None
    if earlier:
        feedback_add_details(
            feedback=earlier,
            trying_to_do=data["trying_to_do"],
            what_went_wrong=data["what_went_wrong"],
        )
        return _thanks(request, data["path"])

    helpful = False if data["token"] else data["helpful"]
    if helpful is None and not form.has_text:
        form.add_error("what_went_wrong", "Enter what you were trying to do or what went wrong")
        if _wants_json(request):
            return JsonResponse(
                {"errors": _error_list(form)}, status=HTTPStatus.UNPROCESSABLE_ENTITY
            )
        return render(
            request,
            "feedback/details.html",
            {"form": form, "back_to": data["path"], "error_list": _error_list(form)},
        )

    feedback = feedback_submit(
        path=data["path"],
        page=data["page"],
        kind=Feedback.Kind.PAGE if helpful is not None else Feedback.Kind.PROBLEM,
        helpful=helpful,
        trying_to_do=data["trying_to_do"],
        what_went_wrong=data["what_went_wrong"],
    )
    if helpful is False and not form.has_text and not _wants_json(request):
        # Without JavaScript the "No" button posts at once: keep the answer, then ask what
        # went wrong on a page of its own, reached by a redirect so that reloading it does
        # not send "No" twice.
        query = urlencode({"path": data["path"], "token": details_token(feedback)})
        return redirect(f"{reverse('feedback:submit')}?{query}")
    return _thanks(request, data["path"])


@public_form_view(scope="tell-us")
def tell_us(request: HttpRequest) -> HttpResponse:
    """The "Tell us what you think" page: longer feedback about the Local Offer as a whole."""
    if request.method != "POST":
        if request.GET.get("sent"):
            return render(request, "feedback/thanks.html", {"back_to": "/"})
        form = TellUsForm(initial={"path": local_path(request.GET.get("from", ""))})
        return render(request, "feedback/tell_us.html", {"form": form})

    form = TellUsForm(request.POST)
    if not form.is_valid():
        return render(
            request, "feedback/tell_us.html", {"form": form, "error_list": _error_list(form)}
        )
    data = form.cleaned_data
    if not form.is_bot():
        feedback_submit(
            path=data["path"] if data["path"] != "/" else "",
            page=data["page"],
            kind=Feedback.Kind.GENERAL,
            message=data["message"],
            category=data["category"],
            respondent=data["respondent"],
        )
    # Redirect after the post: reloading the thank-you page then sends nothing again.
    return redirect(f"{reverse('feedback:tell_us')}?sent=1")
