"""The Open Referral UK 3.0 API: read-only, open to anyone, with CORS `*`. Each view checks its
parameters with a form, calls one selector and maps the result."""

from collections.abc import Callable
from functools import wraps
from http import HTTPStatus

from django import forms
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from directory.api import mapping, selectors
from directory.api.forms import (
    LocationFilterForm,
    PageForm,
    SearchForm,
    ServiceFilterForm,
    TaxonomyTermForm,
)


class ApiError(Exception):
    def __init__(self, status: HTTPStatus, message: str, fields: dict | None = None):
        super().__init__(message)
        self.status, self.message, self.fields = status, message, fields or {}


def _json(data: dict, status: int = HTTPStatus.OK) -> JsonResponse:
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def endpoint(view: Callable[..., dict]) -> Callable[..., HttpResponse]:
    """Answer GET and HEAD with the view's data as JSON, errors as JSON too, and let any site
    read them (the profile asks every response to carry `Access-Control-Allow-Origin: *`)."""

    @csrf_exempt
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method == "OPTIONS":
            response = HttpResponse(status=HTTPStatus.NO_CONTENT)
        elif request.method not in ("GET", "HEAD"):
            response = _json(
                {"status": 405, "error": "This API is read-only: use GET."},
                HTTPStatus.METHOD_NOT_ALLOWED,
            )
            response["Allow"] = "GET, HEAD, OPTIONS"
        else:
            try:
                response = _json(view(request, *args, **kwargs))
            except ApiError as error:
                body = {"status": error.status.value, "error": error.message}
                if error.fields:
                    body["fields"] = error.fields
                response = _json(body, error.status)
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        response["Access-Control-Allow-Headers"] = "Accept, Content-Type"
        return response

    return wrapper


def _cleaned(form_class: type[forms.Form], request: HttpRequest) -> dict:
    form = form_class(request.GET)
    if not form.is_valid():
        raise ApiError(
            HTTPStatus.BAD_REQUEST,
            "Some query parameters are not valid: see `fields`.",
            {name: list(messages) for name, messages in form.errors.items()},
        )
    return form.cleaned_data


def _not_found(kind: str) -> ApiError:
    return ApiError(HTTPStatus.NOT_FOUND, f"There is no {kind} with that id.")


def _page(page: selectors.Page, mapper: Callable) -> dict:
    return {**page.envelope, "contents": [mapper(item) for item in page.items]}


@endpoint
def index(request):
    return {
        "version": mapping.HSDS_VERSION,
        "profile": mapping.PROFILE_URL,
        "openapi_url": mapping.OPENAPI_URL,
    }


@endpoint
def services(request):
    filters = _cleaned(ServiceFilterForm, request)
    return _page(selectors.services_page(filters), mapping.service_summary)


@endpoint
def service(request, service_id: str):
    found = selectors.service_by_id(service_id)
    if found is None:
        raise _not_found("service")
    return mapping.service_data(found)


@endpoint
def service_at_locations(request):
    filters = _cleaned(LocationFilterForm, request)
    centre = None
    if filters["postcode"]:
        centre = selectors.postcode_centre(filters["postcode"])
        if centre is None:
            raise ApiError(
                HTTPStatus.BAD_REQUEST,
                "Some query parameters are not valid: see `fields`.",
                {"postcode": ["No venue in the directory is in this postcode or its district."]},
            )
    page = selectors.service_at_locations_page(filters, centre=centre)
    return _page(page, lambda location: mapping.service_at_location_data(location, full=False))


@endpoint
def service_at_location(request, location_id: str):
    found = selectors.service_at_location_by_id(location_id)
    if found is None:
        raise _not_found("service at location")
    return mapping.service_at_location_data(found, full=True)


@endpoint
def taxonomies(request):
    filters = _cleaned(PageForm, request)
    page = selectors.paginate(
        list(mapping.VOCABULARIES), page=filters["page"], per_page=filters["per_page"]
    )
    return _page(page, mapping.taxonomy_data)


@endpoint
def taxonomy(request, taxonomy_id: str):
    vocabulary = mapping.VOCABULARY_BY_ID.get(taxonomy_id.lower())
    if vocabulary is None:
        raise _not_found("taxonomy")
    return mapping.taxonomy_data(vocabulary, terms=list(vocabulary.model.objects.all()))


@endpoint
def taxonomy_terms(request):
    filters = _cleaned(TaxonomyTermForm, request)
    terms = selectors.taxonomy_terms(taxonomy_id=filters["taxonomy_id"])
    page = selectors.paginate(terms, page=filters["page"], per_page=filters["per_page"])
    return _page(page, mapping.term_data)


@endpoint
def taxonomy_term(request, term_id: str):
    found = selectors.taxonomy_term_by_id(term_id)
    if found is None:
        raise _not_found("taxonomy term")
    return mapping.term_data(found)


@endpoint
def organizations(request):
    filters = _cleaned(SearchForm, request)
    return _page(selectors.organisations_page(filters), mapping.organisation_data)


@endpoint
def organization(request, organization_id: str):
    found = selectors.organisation_by_id(organization_id)
    if found is None:
        raise _not_found("organization")
    organisation, services = found
    return {
        **mapping.organisation_data(organisation),
        "services": [mapping.service_summary(service) for service in services],
    }


@endpoint
def not_found(request, path: str = ""):
    raise ApiError(HTTPStatus.NOT_FOUND, "There is no such endpoint in this API.")
