"""The Open Referral UK 3.0 schemas (a copy in oruk_schema/, CC BY-SA 4.0), `$ref`s resolved
from that folder, and a check that an API response validates against them."""

import json
import os
from datetime import date, time
from decimal import Decimal
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from directory.models import (
    AccessibilityFeature,
    CheckedBy,
    Language,
    ListingReview,
    ServiceContact,
    ServiceLocation,
    ServiceSchedule,
    ServiceTime,
)
from tests.factories import (
    AreaFactory,
    CategoryFactory,
    DeliveryMethodFactory,
    NeedTypeFactory,
    OrganisationFactory,
    ReferralRouteFactory,
    ServicePageFactory,
    SupportLevelFactory,
)

SCHEMA_DIR = Path(os.environ.get("ORUK_SCHEMA_DIR", Path(__file__).with_name("oruk_schema")))
BASE_URI = "https://schemas.test/oruk/"


@cache
def registry() -> Registry:
    resources = []
    for path in [*SCHEMA_DIR.glob("*.json"), *SCHEMA_DIR.glob("compiled/*.json")]:
        uri = BASE_URI + path.relative_to(SCHEMA_DIR).as_posix()
        contents = {**json.loads(path.read_text()), "$id": uri}
        resources.append((uri, Resource.from_contents(contents, DRAFT202012)))
    return Registry().with_resources(resources)


def errors(instance, schema_name: str) -> list[str]:
    """Every way `instance` breaks the schema `schema_name` (e.g. "compiled/service.json"),
    formats (uuid, email, uri, date-time) included."""
    validator = Draft202012Validator(
        {"$ref": BASE_URI + schema_name},
        registry=registry(),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator.iter_errors(instance)
    ]


PAGE_PROPERTIES = {
    "total_items": int,
    "total_pages": int,
    "page_number": int,
    "size": int,
    "first_page": bool,
    "last_page": bool,
    "empty": bool,
}


def page_errors(body: dict, item_schema: str) -> list[str]:
    """A paginated response: the page properties of the OpenAPI file's `Page`, and each of
    `contents` against `item_schema`."""
    problems = [
        f"{name}: missing or not {kind.__name__}"
        for name, kind in PAGE_PROPERTIES.items()
        if type(body.get(name)) is not kind
    ]
    if not isinstance(body.get("contents"), list):
        return [*problems, "contents: missing"]
    for index, item in enumerate(body["contents"]):
        problems += [f"contents/{index}/{error}" for error in errors(item, item_schema)]
    return problems


def full_service(directory, **kwargs):
    """A listing with every field and relation the model holds."""
    north = AreaFactory(name="North Northby", slug="north")
    service = ServicePageFactory(
        parent=directory,
        title=kwargs.pop("title", "Speech and language drop-in"),
        summary="Advice on talking and listening for families.",
        description="<p>A weekly drop-in.</p><ul><li>No referral needed</li></ul>",
        eligibility="<p>Families living in Northby.</p>",
        how_to_access="<p>Just come along.</p>",
        organisation=OrganisationFactory(
            name=kwargs.pop("organisation_name", "Northby NHS Trust"),
            email="info@trust.example",
            website="https://trust.example",
        ),
        min_age=2,
        max_age=11,
        cost="paid",
        cost_detail="£4 a session",
        phone="01632 960000",
        email="talk@trust.example",
        website="https://trust.example/talk",
        opening_times_note="Closed on bank holidays.",
        last_reviewed=date(2026, 9, 1),
        **kwargs,
    )
    service.needs.add(NeedTypeFactory(code="SLCN", name="Speech, language and communication"))
    service.categories.add(CategoryFactory(name="Health"))
    service.support_levels.add(SupportLevelFactory(name="SEN support"))
    service.delivery_methods.add(DeliveryMethodFactory(name="In person"))
    service.referral_routes.add(ReferralRouteFactory(name="Self-referral"))
    service.areas.add(north)
    service.times.add(
        ServiceTime.objects.get_or_create(slug="after-school", defaults={"name": "After school"})[0]
    )
    service.accessibility_features.add(
        AccessibilityFeature.objects.get_or_create(
            slug="hearing-loop", defaults={"name": "Hearing loop"}
        )[0]
    )
    service.languages.add(Language.objects.get_or_create(name="Polish", code="pl")[0])
    ServiceLocation.objects.create(
        service=service,
        name="Northby Family Hub",
        address="1 High Street\nNorthby",
        postcode="NB1 2AB",
        area=north,
        latitude=Decimal("54.500000"),
        longitude=Decimal("-1.500000"),
        accessibility="Step-free access and a hearing loop.",
    )
    ServiceContact.objects.create(
        service=service,
        name="Ann Example",
        role="Lead therapist",
        phone="01632 960001",
        email="ann@trust.example",
    )
    ServiceSchedule.objects.create(
        service=service, weekday=3, opens_at=time(10), closes_at=time(12), note="Term time only"
    )
    ListingReview.objects.create(service=service, checked_by=CheckedBy.PROVIDER)
    service.save_revision().publish()
    return service
