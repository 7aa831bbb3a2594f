"""Public views: the volunteers' mystery-shop form; and the KPI endpoint for machines."""

import base64
import binascii
from http import HTTPStatus

from django.conf import settings
from django.contrib.auth import authenticate
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from monitoring.forms import DateRangeForm, VisitForm
from monitoring.models import DASHBOARD_PERMISSION, MysteryShopCampaign
from monitoring.selectors import kpi_api_token_user, kpi_summary
from monitoring.services import visit_record
from public_forms.decorators import public_form_view
from public_forms.rate_limit import count_against_allowance, is_over_allowance


def _open_campaign(token: str) -> MysteryShopCampaign:
    campaign = MysteryShopCampaign.objects.filter(token=token).first()
    if campaign is None or not campaign.is_open():
        raise Http404("This link is wrong or has expired.")
    return campaign


@never_cache
@public_form_view(scope="mystery-shop")
def volunteer_visit(request: HttpRequest, token: str) -> HttpResponse:
    """The form mystery shoppers fill in on their phone after a visit, reached by the
    campaign's secret link: a wrong link, or one outside the campaign's dates, is a 404."""
    campaign = _open_campaign(token)
    if request.method != "POST":
        if request.GET.get("sent") == "1":
            return render(request, "monitoring/volunteer_thanks.html", {"campaign": campaign})
        form = VisitForm(campaign=campaign)
        return _visit_form_page(request, form)

    form = VisitForm(request.POST, campaign=campaign)
    if form.is_valid():
        if not form.is_bot():
            visit_record(**form.visit_fields())
        # Post, then redirect: reloading the thank-you page records nothing twice.
        return HttpResponseRedirect(f"{request.path}?sent=1")
    return _visit_form_page(request, form)


def _visit_form_page(request: HttpRequest, form: VisitForm) -> HttpResponse:
    return render(
        request,
        "monitoring/volunteer_visit.html",
        {
            "form": form,
            "campaign": form.campaign,
            "radio_items": form.radio_items(),
            "error_list": form.error_list() if form.is_bound else [],
        },
    )


def _credentials_user(request: HttpRequest):
    """The user named by the request's Basic credentials or Bearer token, or None."""
    scheme, _, credentials = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer":
        return kpi_api_token_user(token=credentials.strip())
    if scheme.lower() != "basic":
        return None
    try:
        username, _, password = base64.b64decode(credentials).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return authenticate(request, username=username, password=password)


def _sign_in_first() -> JsonResponse:
    response = JsonResponse({"error": "Sign in first."}, status=HTTPStatus.UNAUTHORIZED)
    response["WWW-Authenticate"] = 'Basic realm="Local Offer KPIs", Bearer realm="Local Offer KPIs"'
    return response


def _credentials_over_plain_http() -> JsonResponse:
    # Refused, not redirected: the client has already sent the password or token in clear
    # text, and a redirect to HTTPS would make the mistake work instead of showing it.
    return JsonResponse(
        {
            "error": (
                "Credentials are accepted over HTTPS only. These were sent over plain HTTP, "
                "where anyone on the way could read them: change the password, or revoke "
                "the token and make a new one, and call https:// from now on."
            )
        },
        status=HTTPStatus.FORBIDDEN,
    )


@require_GET
@never_cache
def kpis_json(request: HttpRequest) -> HttpResponse:
    """Every KPI for `?start=YYYY-MM-DD&end=YYYY-MM-DD` as JSON, for the partnership's SEND
    data dashboard. A signed-in user with the dashboard permission may read it, or a
    machine sending that user's KPI API token (`Authorization: Bearer ...`) or name and
    password (HTTP Basic), over HTTPS unless DEBUG is on."""
    if request.headers.get("Authorization"):
        if not request.is_secure() and not settings.DEBUG:
            return _credentials_over_plain_http()
        # Credentials sent here are worth guessing: failures are limited, as posts to public
        # forms are; a caller with the right credentials is never held back. A right password
        # without the permission is answered as a wrong one, so it confirms nothing.
        if is_over_allowance(request, scope="kpi-api"):
            return JsonResponse(
                {"error": "Too many requests."}, status=HTTPStatus.TOO_MANY_REQUESTS
            )
        user = _credentials_user(request)
        if user is None or not user.has_perm(DASHBOARD_PERMISSION):
            count_against_allowance(request, scope="kpi-api")
            return _sign_in_first()
    elif request.user.is_authenticated:
        if not request.user.has_perm(DASHBOARD_PERMISSION):
            return JsonResponse({"error": "Not allowed."}, status=HTTPStatus.FORBIDDEN)
    else:
        return _sign_in_first()
    form = DateRangeForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=HTTPStatus.BAD_REQUEST)
    period = form.period()
    return JsonResponse(
        {
            "from": period.start.isoformat(),
            "to": period.end.isoformat(),
            **kpi_summary(period=period),
        }
    )
