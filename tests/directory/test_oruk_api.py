from decimal import Decimal
from http import HTTPStatus

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.api.mapping import VOCABULARIES
from directory.models import (
    ServiceLocation,
)
from tests.directory.oruk import errors, full_service, page_errors
from tests.factories import (
    ServicePageFactory,
    make_site,
)

API = "/api/openreferral"


@pytest.fixture
def directory_page(db):
    _home, directory = make_site()
    return directory


def get(client, path, **params):
    response = client.get(f"{API}{path}", params)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Content-Type"] == "application/json"
    return response


def test_root_names_the_version_and_profile(client, db):
    body = get(client, "/").json()

    assert body["version"] == "HSDS-UK-3.0"
    assert body["openapi_url"].startswith("https://")


@pytest.mark.parametrize(
    ("field", "malformed"),
    [
        ("id", "not-a-uuid"),
        ("email", "not an address"),
        ("url", "not a uri"),
        ("last_modified", "2025-01-01"),  # a date, not a date-time
    ],
)
def test_the_schema_check_refuses_each_malformed_format(field, malformed):
    # Were a format's checker not installed, jsonschema would pass every value of it, and so
    # would every test here that validates against the profile.
    service = {"id": "11111111-1111-4111-8111-111111111111", "name": "One", "status": "active"}

    assert errors(service, "compiled/service.json") == []
    assert errors({**service, field: malformed}, "compiled/service.json") != []


def test_services_list_and_detail_validate_against_the_profile(client, directory_page):
    service = full_service(directory_page)

    listing = get(client, "/services").json()
    assert page_errors(listing, "compiled/service_list.json") == []
    assert [item["id"] for item in listing["contents"]] == [str(service.oruk_id)]

    detail = get(client, f"/services/{service.oruk_id}").json()
    assert errors(detail, "compiled/service.json") == []
    assert errors(detail, "service.json") == []


def test_a_service_carries_every_field_the_listing_holds(client, directory_page):
    service = full_service(directory_page)

    detail = get(client, f"/services/{service.oruk_id}").json()

    assert detail["name"] == "Speech and language drop-in"
    assert detail["description"].startswith("Advice on talking and listening for families.")
    assert "- No referral needed" in detail["description"]
    assert detail["organization"]["name"] == "Northby NHS Trust"
    assert (detail["minimum_age"], detail["maximum_age"]) == (2, 11)
    assert detail["eligibility_description"] == "Families living in Northby."
    assert detail["application_process"] == "Just come along."
    assert detail["cost_options"][0]["option"] == "Paid for"
    assert detail["cost_options"][0]["amount_description"] == "£4 a session"
    assert detail["assured_date"] == "2026-09-01"
    assert detail["assurer_email"] == "info@trust.example"
    assert detail["assured_by"] == "the service provider"
    assert detail["phones"][0]["number"] == "01632 960000"
    assert [language["code"] for language in detail["languages"]] == ["pl"]
    assert [area["name"] for area in detail["service_areas"]] == ["North Northby"]
    location = detail["service_at_locations"][0]["location"]
    assert location["addresses"][0]["postal_code"] == "NB1 2AB"
    assert [entry["description"] for entry in location["accessibility"]] == [
        "Step-free access and a hearing loop.",
        "Hearing loop",
    ]
    contact = detail["contacts"][0]
    assert (contact["name"], contact["title"], contact["email"]) == (
        "Ann Example",
        "Lead therapist",
        "ann@trust.example",
    )
    assert contact["phones"][0]["number"] == "01632 960001"
    weekly = detail["schedules"][0]
    assert (weekly["byday"], weekly["opens_at"], weekly["closes_at"]) == ("WE", "10:00", "12:00")
    assert detail["schedules"][1]["description"] == "Closed on bank holidays."
    taxonomies = {attribute["taxonomy_term"]["taxonomy"] for attribute in detail["attributes"]}
    assert taxonomies == {vocabulary.name for vocabulary in VOCABULARIES}
    need = next(a for a in detail["attributes"] if a["taxonomy_term"]["term"] == "SLCN")
    assert need["taxonomy_term"]["taxonomy"] == "SEND need types (DfE SEN2)"


def test_every_endpoint_validates_against_the_profile(client, directory_page):
    service = full_service(directory_page)
    location = service.locations.get()
    need = service.needs.get()

    checks = {
        "/taxonomies": ("page", "taxonomy.json"),
        f"/taxonomies/{VOCABULARIES[0].id}": ("one", "taxonomy.json"),
        "/taxonomy_terms": ("page", "taxonomy_term.json"),
        f"/taxonomy_terms/{need.oruk_id}": ("one", "taxonomy_term.json"),
        "/service_at_locations": ("page", "compiled/service_at_location_list.json"),
        f"/service_at_locations/{location.oruk_id}": ("one", "compiled/service_at_location.json"),
        "/organizations": ("page", "compiled/organization_list.json"),
        f"/organizations/{service.organisation.oruk_id}": ("one", "compiled/organization.json"),
    }
    for path, (kind, schema) in checks.items():
        response = get(client, path)
        assert response.status_code == HTTPStatus.OK, path
        body = response.json()
        problems = page_errors(body, schema) if kind == "page" else errors(body, schema)
        assert problems == [], path
        if kind == "page":
            assert body["contents"], path


def test_ids_stay_the_same_through_edits(client, directory_page):
    service = full_service(directory_page)
    ids = (service.oruk_id, service.locations.get().oruk_id, service.contacts.get().oruk_id)

    draft = service.get_latest_revision_as_object()
    draft.title = "Talking drop-in"
    draft.save_revision().publish()
    service.refresh_from_db()

    assert (
        service.oruk_id,
        service.locations.get().oruk_id,
        service.contacts.get().oruk_id,
    ) == ids
    assert get(client, f"/services/{service.oruk_id}").json()["name"] == "Talking drop-in"


def test_a_copied_listing_gets_ids_of_its_own(directory_page):
    service = full_service(directory_page)

    copy = service.copy(update_attrs={"slug": "copy", "title": "Copy"})

    assert copy.oruk_id != service.oruk_id
    assert copy.locations.get().oruk_id != service.locations.get().oruk_id


def test_only_live_public_listings_are_published(client, directory_page):
    live = ServicePageFactory(parent=directory_page, title="Live")
    draft = ServicePageFactory(parent=directory_page, title="Draft", live=False)

    ids = [item["id"] for item in get(client, "/services").json()["contents"]]

    assert ids == [str(live.oruk_id)]
    assert get(client, f"/services/{draft.oruk_id}").status_code == HTTPStatus.NOT_FOUND


@pytest.mark.parametrize(
    "params",
    [
        {"page": "two"},
        {"page": "0"},
        {"per_page": "-1"},
        {"minimum_age": "old"},
        {"modified_after": "yesterday"},
        {"taxonomy_term_id": "not-a-uuid"},
        {"organization_id": "1"},
        {"day": "Funday"},
        {"start_time": "25:00"},
    ],
)
def test_bad_parameters_get_a_json_400_naming_them(client, db, params):
    response = get(client, "/services", **params)

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert set(response.json()["fields"]) == set(params)


def test_bad_postcode_and_lonely_proximity_are_400(client, db):
    assert get(client, "/service_at_locations", postcode="nowhere").status_code == 400
    assert get(client, "/service_at_locations", proximity="1000").status_code == 400


# Fixed, so that every test process collects the same test ids.
UNKNOWN_ID = "5f0c6a38-2d4e-4c1b-9a57-0d3f5f2b8e11"


@pytest.mark.parametrize(
    "path",
    [
        "/services/not-a-uuid",
        f"/services/{UNKNOWN_ID}",
        f"/taxonomies/{UNKNOWN_ID}",
        f"/taxonomy_terms/{UNKNOWN_ID}",
        f"/service_at_locations/{UNKNOWN_ID}",
        f"/organizations/{UNKNOWN_ID}",
        "/no-such-endpoint",
    ],
)
def test_unknown_ids_are_a_json_404(client, db, path):
    response = get(client, path)

    assert response.status_code == HTTPStatus.NOT_FOUND
    assert response.json()["status"] == 404


def test_the_api_is_read_only(client, db):
    response = client.post(f"{API}/services", {})

    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert response["Access-Control-Allow-Origin"] == "*"


def test_pages_report_their_place(client, directory_page):
    for number in range(5):
        ServicePageFactory(parent=directory_page, title=f"Service {number}")

    body = get(client, "/services", page=2, per_page=2).json()

    assert {key: body[key] for key in ("total_items", "total_pages", "page_number", "size")} == {
        "total_items": 5,
        "total_pages": 3,
        "page_number": 2,
        "size": 2,
    }
    assert (body["first_page"], body["last_page"], body["empty"]) == (False, False, False)
    assert [item["name"] for item in body["contents"]] == ["Service 2", "Service 3"]
    beyond = get(client, "/services", page=9, per_page=2).json()
    assert (beyond["contents"], beyond["empty"], beyond["last_page"]) == ([], True, True)


def test_filters_narrow_the_services(client, directory_page):
    service = full_service(directory_page)
    other = ServicePageFactory(parent=directory_page, title="Youth club", min_age=11, max_age=19)
    need = service.needs.get()

    def names(**params):
        return [item["name"] for item in get(client, "/services", **params).json()["contents"]]

    assert names(taxonomy_term_id=str(need.oruk_id)) == [service.title]
    assert names(taxonomy_id=VOCABULARIES[0].id) == [service.title]
    assert names(organization_id=str(other.organisation.oruk_id)) == ["Youth club"]
    assert names(minimum_age=5) == ["Youth club"]
    assert names(maximum_age=12) == [service.title]
    assert names(search="speech") == [service.title]
    assert names(search="YOUTH club") == ["Youth club"]
    assert names(day="WE") == [service.title]
    assert names(modified_after="2999-01-01T00:00:00Z") == []


def test_venues_near_a_postcode(client, directory_page):
    service = full_service(directory_page)
    far = ServicePageFactory(parent=directory_page, title="Far away")
    ServiceLocation.objects.create(
        service=far,
        name="Far",
        address="1 Road\nElsewhere",
        postcode="NB9 9ZZ",
        latitude=Decimal("55.5"),
        longitude=Decimal("-1.5"),
    )

    def venues(**params):
        body = get(client, "/service_at_locations", **params).json()
        return [item["location"]["name"] for item in body["contents"]]

    assert venues(postcode="nb12ab") == ["Northby Family Hub", "Far"]
    assert venues(postcode="NB1 2AB", proximity=5000) == ["Northby Family Hub"]
    assert venues(postcode="NB1 7XY", proximity=5000) == ["Northby Family Hub"]
    assert service


@pytest.mark.parametrize("path", ["/services", "/service_at_locations", "/organizations"])
def test_query_count_does_not_grow_with_the_page_size(client, directory_page, path):
    for number in range(10):
        full_service(
            directory_page,
            title=f"Service {number}",
            slug=f"service-{number}",
            organisation_name=f"Organisation {number}",
        )

    def queries(per_page):
        with CaptureQueriesContext(connection) as captured:
            response = get(client, path, per_page=per_page)
        assert response.json()["size"] == per_page
        return len(captured)

    assert queries(per_page=2) == queries(per_page=10)


def test_rich_text_is_published_as_plain_text(client, directory_page):
    service = ServicePageFactory(
        parent=directory_page,
        description=(
            '<h2>Sessions</h2><p>Fun <b>&amp;</b> games, see <a href="https://x.example">'
            "our page</a>.</p><ol><li>Ring us</li><li>Come along</li></ol>"
        ),
        eligibility="<p>Children &lt;5 in <i>Northby</i>.</p>",
        how_to_access="<p>Call&nbsp;us.</p>",
    )

    detail = get(client, f"/services/{service.oruk_id}").json()

    assert detail["description"] == (
        f"{service.summary}\n\nSessions\nFun & games, see our page.\n\n- Ring us\n- Come along"
    )
    assert detail["eligibility_description"] == "Children <5 in Northby."
    assert detail["application_process"] == "Call\xa0us."
