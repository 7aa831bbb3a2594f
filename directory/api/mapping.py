"""The directory as Open Referral UK 3.0 (HSDS-UK-3.0): every field a listing holds, mapped to
the profile's objects.

Ids: services, organisations, taxonomy terms, venues, contacts and opening times carry a
stored UUID (`oruk_id`). Objects that only link two of those (a service's language, its
attribute for a term, the address of a venue) get a UUID derived from the ids they link, so
they are as stable as their parts without a table of their own. Vocabularies have fixed ids.

Where the profile lacks a field the listing holds, the HSDS 3.0 name for it is used (contact
`email` and `phones`, service `phones`, language `name` and `code`, `eligibility_description`,
`application_process`); the profile's schemas allow extra properties.
"""

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from html import unescape

from django.db import models
from django.utils.html import strip_tags

from directory.models import (
    AccessibilityFeature,
    Area,
    Category,
    CheckedBy,
    Cost,
    DeliveryMethod,
    NeedType,
    Organisation,
    ReferralRoute,
    ServiceContact,
    ServiceLocation,
    ServicePage,
    ServiceSchedule,
    ServiceTime,
    SupportLevel,
    Weekday,
)

HSDS_VERSION = "HSDS-UK-3.0"
PROFILE_URL = "https://github.com/OpenReferralUK/uk-profile"
OPENAPI_URL = "https://openreferraluk.org/specifications/3.0/openapi.json"

# Fixed: the same on every site running this project, so derived ids never change.
NAMESPACE = uuid.UUID("6f1c8d0e-5a4b-4f6e-9c1d-2b7a3e8f9d40")


def derived_id(*parts: object) -> str:
    """A UUID for an object that only links others, stable as long as its parts are."""
    return str(uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts)))


@dataclass(frozen=True)
class Vocabulary:
    """One of the directory's vocabularies, published as an ORUK taxonomy."""

    key: str  # the ServicePage relation, and the vocabulary's part of its id
    model: type[models.Model]
    name: str
    description: str
    term_field: str  # what the `term` property holds: the SEN2 code, or the slug

    @property
    def id(self) -> str:
        return derived_id("taxonomy", self.key)


VOCABULARIES = (
    Vocabulary(
        "needs",
        NeedType,
        "SEND need types (DfE SEN2)",
        "Special educational needs and disabilities. Terms carry the need codes of the "
        "Department for Education's SEN2 return (ASD, SLCN, ...) as `term`; the Local Offer may "
        "add others, such as ADHD.",
        "code",
    ),
    Vocabulary(
        "categories",
        Category,
        "Local Offer service categories",
        "The kind of support a service gives: health, education, short breaks, leisure...",
        "slug",
    ),
    Vocabulary(
        "support_levels",
        SupportLevel,
        "SEND support levels",
        "The graduated approach, from mainstream provision and SEN support to specialist "
        "and independent specialist provision.",
        "slug",
    ),
    Vocabulary(
        "delivery_methods",
        DeliveryMethod,
        "Ways of delivering support",
        "How a service is delivered: in person, online, by phone, by home visit.",
        "slug",
    ),
    Vocabulary(
        "referral_routes",
        ReferralRoute,
        "Referral routes",
        "Who can refer a child or young person: their family, a professional, a GP.",
        "slug",
    ),
    Vocabulary(
        "areas",
        Area,
        "Local Offer areas",
        "The parts of the local area that services cover and where venues stand.",
        "slug",
    ),
    Vocabulary(
        "times",
        ServiceTime,
        "When services run",
        "Times of the week and year a service runs: after school, weekends, school holidays...",
        "slug",
    ),
    Vocabulary(
        "accessibility_features",
        AccessibilityFeature,
        "Venue accessibility",
        "What every venue of a service offers disabled visitors: step-free access, an "
        "accessible toilet, a hearing loop...",
        "slug",
    ),
)
VOCABULARY_BY_ID = {vocabulary.id: vocabulary for vocabulary in VOCABULARIES}
VOCABULARY_BY_KEY = {vocabulary.key: vocabulary for vocabulary in VOCABULARIES}
VOCABULARY_BY_MODEL = {vocabulary.model: vocabulary for vocabulary in VOCABULARIES}
WEEKDAY_CODES = {
    Weekday.MONDAY: "MO",
    Weekday.TUESDAY: "TU",
    Weekday.WEDNESDAY: "WE",
    Weekday.THURSDAY: "TH",
    Weekday.FRIDAY: "FR",
    Weekday.SATURDAY: "SA",
    Weekday.SUNDAY: "SU",
}
WEEKDAY_BY_CODE = {code: day for day, code in WEEKDAY_CODES.items()}
ASSURER_LABELS = dict(CheckedBy.choices)

# What a listing page and the API need to map a service: one query per relation, whatever
# the number of services.
SERVICE_RELATIONS = (
    "needs",
    "categories",
    "support_levels",
    "delivery_methods",
    "referral_routes",
    "areas",
    "times",
    "accessibility_features",
    "languages",
    models.Prefetch("locations", queryset=ServiceLocation.objects.select_related("area")),
    models.Prefetch("contacts", queryset=ServiceContact.objects.all()),
    models.Prefetch("schedules", queryset=ServiceSchedule.objects.all()),
)


def plain_text(html: str) -> str:
    """Rich text as plain text: a paragraph per block, list items as "- " lines."""
    text = re.sub(r"<li[^>]*>", "- ", html)
    text = re.sub(r"</(li|h[1-6])>", "\n", text)
    text = re.sub(r"</p>|<br\s*/?>", "\n\n", text)
    text = unescape(strip_tags(text))
    paragraphs = [re.sub(r"[ \t]+", " ", part).strip() for part in re.split(r"\n\s*\n", text)]
    return "\n\n".join(part for part in paragraphs if part)


def _timestamp(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _drop_empty(data: dict) -> dict:
    """Leave out properties the listing has no value for, rather than publish empty strings."""
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def organisation_data(organisation: Organisation) -> dict:
    return _drop_empty(
        {
            "id": str(organisation.oruk_id),
            "name": organisation.name,
            # The profile requires a description; an organisation without one is its name.
            "description": organisation.description or organisation.name,
            "email": organisation.email,
            "website": organisation.website,
            "phones": [
                {"id": derived_id(organisation.oruk_id, "phone"), "number": organisation.phone}
            ]
            if organisation.phone
            else [],
        }
    )


def taxonomy_data(vocabulary: Vocabulary, *, terms: list | None = None) -> dict:
    data = {"id": vocabulary.id, "name": vocabulary.name, "description": vocabulary.description}
    if terms is not None:
        data["taxonomy_terms"] = [term_data(term) for term in terms]
    return data


def term_data(term: models.Model) -> dict:
    vocabulary = VOCABULARY_BY_MODEL[type(term)]
    return _drop_empty(
        {
            "id": str(term.oruk_id),
            "name": term.name,
            "description": term.description or term.name,
            "taxonomy": vocabulary.name,
            "taxonomy_id": vocabulary.id,
            "term": getattr(term, vocabulary.term_field),
        }
    )


def _attribute(service: ServicePage, term: models.Model) -> dict:
    return {
        "id": derived_id(service.oruk_id, "attribute", term.oruk_id),
        "link_id": str(service.oruk_id),
        "link_type": "service",
        "taxonomy_term_id": str(term.oruk_id),
        "taxonomy_term": term_data(term),
    }


def _cost_option(service: ServicePage) -> dict:
    return _drop_empty(
        {
            "id": derived_id(service.oruk_id, "cost"),
            "service_id": str(service.oruk_id),
            "option": service.get_cost_display(),
            "amount": 0 if service.cost == Cost.FREE else None,
            "amount_description": service.cost_detail,
        }
    )


def _schedules(service: ServicePage) -> list[dict]:
    schedules = [
        _drop_empty(
            {
                "id": str(schedule.oruk_id),
                "service_id": str(service.oruk_id),
                "freq": "WEEKLY",
                "interval": 1,
                "byday": WEEKDAY_CODES[schedule.weekday],
                "opens_at": f"{schedule.opens_at:%H:%M}",
                "closes_at": f"{schedule.closes_at:%H:%M}",
                "description": str(schedule),
                "notes": schedule.note,
            }
        )
        for schedule in service.schedules.all()
    ]
    if service.opening_times_note:
        # A note for the whole service (closed on bank holidays...) is a schedule of its own
        # with only a description.
        schedules.append(
            {
                "id": derived_id(service.oruk_id, "opening-times-note"),
                "service_id": str(service.oruk_id),
                "description": service.opening_times_note,
            }
        )
    return schedules


def location_data(location: ServiceLocation, *, features: list | None = None) -> dict:
    """A venue. Given the service's accessibility `features` (what every venue of it offers),
    they are listed with the venue's own description of its access."""
    location_id = derived_id(location.oruk_id, "location")
    lines = location.address_lines
    area = location.area.name if location.area else ""
    address = {
        "id": derived_id(location.oruk_id, "address"),
        "location_id": location_id,
        "address_1": ", ".join(lines[:-1]) if len(lines) > 1 else "".join(lines),
        "city": lines[-1] if len(lines) > 1 else "",
        # The profile requires a county; the venue's area of the Local Offer stands in.
        "state_province": area,
        "postal_code": location.postcode,
        "country": "GB",
        "address_type": "physical",
    }
    data = {
        "id": location_id,
        "location_type": "physical",
        "name": location.name,
        "latitude": float(location.latitude) if location.latitude is not None else None,
        "longitude": float(location.longitude) if location.longitude is not None else None,
        "addresses": [address],
        "accessibility": [
            {
                "id": derived_id(location.oruk_id, "accessibility"),
                "location_id": location_id,
                "description": location.accessibility,
            }
        ]
        if location.accessibility
        else [],
    }
    for feature in features or []:
        data["accessibility"].append(
            {
                "id": derived_id(location.oruk_id, "accessibility", feature.oruk_id),
                "location_id": location_id,
                "description": feature.name,
            }
        )
    return _drop_empty(data)


def _contact(service: ServicePage, contact: ServiceContact) -> dict:
    return _drop_empty(
        {
            "id": str(contact.oruk_id),
            "service_id": str(service.oruk_id),
            "name": contact.name,
            "title": contact.role,
            "email": contact.email,
            "phones": [
                {
                    "id": derived_id(contact.oruk_id, "phone"),
                    "contact_id": str(contact.oruk_id),
                    "number": contact.phone,
                }
            ]
            if contact.phone
            else [],
        }
    )


def service_summary(service: ServicePage) -> dict:
    """A service's own properties and its organisation: the list item of `/services`.

    Expects `service.organisation` loaded and, for the assurer, `service.assured_by` (the
    latest check's `CheckedBy` value, annotated by the selector)."""
    assured_by = getattr(service, "assured_by", None)
    description = plain_text(service.description)
    return _drop_empty(
        {
            "id": str(service.oruk_id),
            "organization_id": str(service.organisation.oruk_id),
            "name": service.title,
            "description": "\n\n".join(filter(None, [service.summary, description])),
            # Not in the profile: the listing's one or two sentences for search results, so
            # an importer can tell them from the description.
            "summary": service.summary,
            "url": service.website,
            "email": service.email,
            "status": service.status,
            "minimum_age": service.min_age,
            "maximum_age": service.max_age,
            "assured_date": service.last_reviewed.isoformat() if service.last_reviewed else None,
            # Who checked it, by role: staff members' own addresses are not published.
            "assurer_email": service.organisation.email
            if assured_by == CheckedBy.PROVIDER
            else None,
            "assured_by": ASSURER_LABELS.get(assured_by),
            "last_modified": _timestamp(service.last_published_at),
            "organization": organisation_data(service.organisation),
        }
    )


def service_data(service: ServicePage) -> dict:
    """The fully nested service of `/services/{id}`. Expects SERVICE_RELATIONS prefetched."""
    data = service_summary(service)
    service_id = str(service.oruk_id)
    features = list(service.accessibility_features.all())
    terms = [term for vocabulary in VOCABULARIES for term in getattr(service, vocabulary.key).all()]
    data.update(
        _drop_empty(
            {
                "eligibility_description": plain_text(service.eligibility),
                "application_process": plain_text(service.how_to_access),
                "phones": [
                    {
                        "id": derived_id(service_id, "phone"),
                        "service_id": service_id,
                        "number": service.phone,
                    }
                ]
                if service.phone
                else [],
                "schedules": _schedules(service),
                "service_areas": [
                    {
                        "id": derived_id(service_id, "area", area.oruk_id),
                        "service_id": service_id,
                        "name": area.name,
                        "service_area": area.name,
                    }
                    for area in service.areas.all()
                ],
                "service_at_locations": [
                    {
                        "id": str(location.oruk_id),
                        "service_id": service_id,
                        "location_id": derived_id(location.oruk_id, "location"),
                        "location": location_data(location, features=features),
                    }
                    for location in service.locations.all()
                ],
                "languages": [
                    {
                        "id": derived_id(service_id, "language", language.oruk_id),
                        "service_id": service_id,
                        "name": language.name,
                        "code": language.code,
                    }
                    for language in service.languages.all()
                ],
                "cost_options": [_cost_option(service)],
                "contacts": [_contact(service, contact) for contact in service.contacts.all()],
                "attributes": [_attribute(service, term) for term in terms],
            }
        )
    )
    return data


def service_at_location_data(location: ServiceLocation, *, full: bool) -> dict:
    """A venue of a service. The list item carries the venue's own properties and the service's;
    the full one nests the whole service."""
    service = location.service
    data = {
        "id": str(location.oruk_id),
        "service_id": str(service.oruk_id),
        "location_id": derived_id(location.oruk_id, "location"),
        "location": location_data(
            location, features=list(service.accessibility_features.all()) if full else None
        ),
        "service": service_data(service) if full else service_summary(service),
    }
    if full:
        # The profile's OpenAPI file describes this endpoint with the service schema, which
        # requires a name and a status: give both, so that clients reading it that way agree.
        data["name"] = f"{service.title} at {location.name}"
        data["status"] = service.status
    return data


# Reading a feed: an ORUK service as a row of the import template --------------------------

COST_BY_LABEL = {label.lower(): value for value, label in Cost.choices} | {
    value: value for value, _label in Cost.choices
}


def _text(value) -> str:
    if value is None:
        return ""
    return value.strip() if isinstance(value, str) else str(value)


def _list(value) -> list[dict]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _number(value) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return _text(value)
    return str(int(value)) if float(value).is_integer() else str(value)


def _cost(options: list[dict]) -> tuple[str, str]:
    """Our cost and its detail from a feed's cost options."""
    if not options:
        return "", ""
    option = options[0]
    label, amount = _text(option.get("option")), option.get("amount")
    detail = _text(option.get("amount_description"))
    if label.lower() in COST_BY_LABEL:
        return COST_BY_LABEL[label.lower()], detail
    if isinstance(amount, int | float) and not isinstance(amount, bool):
        if amount == 0:
            return Cost.FREE, detail
        detail = " ".join(filter(None, [label, f"£{amount:g}", detail]))
        return Cost.PAID, detail
    return Cost.VARIES, " ".join(filter(None, [label, detail]))


def row_from_oruk(service: dict) -> dict:
    """An ORUK 3.0 service (fully nested) as a row of the import template, to be checked like
    any other. Terms of the directory's own taxonomies go to their columns; terms of others
    go to `other:<taxonomy>` columns, for the report to list and a mapping file to map."""
    service = service if isinstance(service, dict) else {}
    organisation = (
        service.get("organization") if isinstance(service.get("organization"), dict) else {}
    )
    summary, description = _text(service.get("summary")), _text(service.get("description"))
    if summary and description.startswith(summary):
        description = description[len(summary) :].strip()
    cost, cost_detail = _cost(_list(service.get("cost_options")))
    row = {
        "_format": "oruk",
        "id": _text(service.get("id")),
        "name": _text(service.get("name")),
        "organisation": _text(organisation.get("name")),
        "organisation_id": _text(organisation.get("id")),
        "organisation_description": _text(organisation.get("description")),
        "organisation_email": _text(organisation.get("email")),
        "organisation_website": _text(organisation.get("website")),
        "status": "inactive"
        if service.get("status") == "defunct"
        else _text(service.get("status")),
        "summary": summary,
        "description": description,
        "min_age": _number(service.get("minimum_age")),
        "max_age": _number(service.get("maximum_age")),
        "eligibility": _text(service.get("eligibility_description")),
        "how_to_access": _text(service.get("application_process")),
        "cost": cost,
        "cost_detail": cost_detail,
        "email": _text(service.get("email")),
        "website": _text(service.get("url")),
        "phone": next((_text(p.get("number")) for p in _list(service.get("phones"))), ""),
        "last_reviewed": _text(service.get("assured_date")),
        "languages": "; ".join(
            _text(language.get("code") or language.get("name"))
            for language in _list(service.get("languages"))
            if language.get("code") or language.get("name")
        ),
    }
    terms: dict[str, list[str]] = {}
    for attribute in _list(service.get("attributes")):
        term = attribute.get("taxonomy_term")
        if not isinstance(term, dict):
            continue
        vocabulary = VOCABULARY_BY_ID.get(_text(term.get("taxonomy_id"))) or next(
            (v for v in VOCABULARIES if v.name == _text(term.get("taxonomy"))), None
        )
        column = (
            vocabulary.key if vocabulary else f"other:{_text(term.get('taxonomy')) or 'taxonomy'}"
        )
        value = _text(term.get("term") or term.get("name"))
        if value and value not in terms.setdefault(column, []):
            terms[column].append(value)
    # Our own areas come back as attributes too; only other service areas need mapping.
    area_names = {
        _text(a["taxonomy_term"].get("name"))
        for a in _list(service.get("attributes"))
        if isinstance(a.get("taxonomy_term"), dict)
        and _text(a["taxonomy_term"].get("taxonomy_id")) == VOCABULARY_BY_KEY["areas"].id
    }
    for area in _list(service.get("service_areas")):
        name = _text(area.get("name") or area.get("service_area"))
        if name and name not in area_names:
            terms.setdefault("other:service area", []).append(name)
    row |= {column: "; ".join(values) for column, values in terms.items()}
    features = set(terms.get("accessibility_features", []))
    feature_names = {
        _text(a["taxonomy_term"].get("name"))
        for a in _list(service.get("attributes"))
        if isinstance(a.get("taxonomy_term"), dict)
        and _text(a["taxonomy_term"].get("term")) in features
    }

    slots, notes = [], []
    for schedule in _list(service.get("schedules")):
        days = [
            day.strip()[-2:].upper()
            for day in _text(schedule.get("byday")).split(",")
            if day.strip()
        ]
        opens, closes = _text(schedule.get("opens_at"))[:5], _text(schedule.get("closes_at"))[:5]
        if days and opens and closes:
            note = _text(schedule.get("notes"))
            slots += [f"{day} {opens}-{closes}" + (f" ({note})" if note else "") for day in days]
        elif text := _text(schedule.get("description") or schedule.get("notes")):
            notes.append(text)
    row["opening_times"] = "; ".join(slots)
    row["opening_times_note"] = " ".join(notes)

    for n, link in enumerate(_list(service.get("service_at_locations"))[:3], start=1):
        location = link.get("location") if isinstance(link.get("location"), dict) else {}
        address = next(iter(_list(location.get("addresses"))), {})
        access = [
            _text(entry.get("description") or entry.get("accessibility"))
            for entry in _list(location.get("accessibility"))
        ]
        row |= {
            f"venue_{n}_name": _text(location.get("name")),
            f"venue_{n}_address": ", ".join(
                filter(None, [_text(address.get("address_1")), _text(address.get("city"))])
            ),
            f"venue_{n}_postcode": _text(address.get("postal_code")),
            f"venue_{n}_area_hint": _text(address.get("state_province")),
            f"venue_{n}_latitude": _number(location.get("latitude")),
            f"venue_{n}_longitude": _number(location.get("longitude")),
            f"venue_{n}_accessibility": "; ".join(
                text for text in access if text and text not in feature_names
            ),
        }
    for n, contact in enumerate(_list(service.get("contacts"))[:3], start=1):
        row |= {
            f"contact_{n}_name": _text(contact.get("name")),
            f"contact_{n}_role": _text(contact.get("title")),
            f"contact_{n}_email": _text(contact.get("email")),
            f"contact_{n}_phone": next(
                (_text(p.get("number")) for p in _list(contact.get("phones"))), ""
            ),
        }
    return row
