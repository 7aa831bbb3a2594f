"""Listings in and out: the spreadsheet template's columns, reading a CSV, XLSX or Open Referral
UK feed, checking every row before anything is written, and writing listings through Wagtail's
own page API so each has a revision and an "Imported from ..." line in its history.

A row is a dict of the template's columns, whatever it was read from: an ORUK service is
turned into one by `directory.api.mapping.row_from_oruk`, so both take the same checks.
"""

import csv
import io
import json
import re
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal, InvalidOperation
from html import escape
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.text import Truncator, slugify

from wagtail.log_actions import log

from directory.api.forms import normalise_postcode
from directory.api.mapping import (
    VOCABULARIES,
    WEEKDAY_BY_CODE,
    plain_text,
    row_from_oruk,
    service_data,
)
from directory.log_actions import IMPORTED
from directory.models import (
    MAX_AGE,
    MIN_AGE,
    Cost,
    DirectoryIndexPage,
    ImportedListing,
    ImportSource,
    Language,
    Organisation,
    ServiceContact,
    ServiceLocation,
    ServicePage,
    ServiceSchedule,
    ServiceStatus,
    Weekday,
)
from directory.publishing import (
    RELATIONS,
    InvalidListings,
    left_to_wagtail,
    publish_services,
    update_services,
)

VENUES = 3
CONTACTS = 3
VENUE_FIELDS = ("name", "address", "postcode", "area", "latitude", "longitude", "accessibility")
CONTACT_FIELDS = ("name", "role", "phone", "email")
VOCABULARY_COLUMNS = tuple(vocabulary.key for vocabulary in VOCABULARIES)
COLUMNS = (
    "id",
    "name",
    "organisation",
    "status",
    "summary",
    "description",
    *VOCABULARY_COLUMNS,
    "languages",
    "min_age",
    "max_age",
    "eligibility",
    "cost",
    "cost_detail",
    "how_to_access",
    "phone",
    "email",
    "website",
    "opening_times",
    "opening_times_note",
    "last_reviewed",
    *(f"venue_{n}_{name}" for n in range(1, VENUES + 1) for name in VENUE_FIELDS),
    *(f"contact_{n}_{name}" for n in range(1, CONTACTS + 1) for name in CONTACT_FIELDS),
)
LIST_SEPARATOR = ";"
# Longer than any real listing's field, short enough that a pasted document is refused.
MAX_TEXT = 20_000
MAX_LENGTHS = {"name": 255, "organisation": 255, "summary": 300, "cost_detail": 255}
MAX_LENGTHS |= {"opening_times_note": 255, "phone": 40, "email": 254, "website": 200}
BATCH = 500
PHONE = re.compile(r"^\+?[0-9 ()-]{7,20}$")
TIME_SLOT = re.compile(
    r"^(?P<day>[A-Za-z]+)\s+(?P<opens>\d{1,2}[:.]\d{2})\s*(?:-|–|to)\s*(?P<closes>\d{1,2}[:.]\d{2})"
    r"(?:\s*\((?P<note>[^)]*)\))?$"
)
WEEKDAY_NAMES = {label.lower(): day for day, label in Weekday.choices}
FETCH_TIMEOUT_SECONDS = 20
FORMULA_STARTS = ("=", "@")


class SourceError(Exception):
    """The source as a whole cannot be read: nothing is imported."""


@dataclass(frozen=True)
class Problem:
    row: int  # 1 is the first listing (the row after the header)
    field: str
    message: str
    listing: str = ""

    def __str__(self):
        where = f"row {self.row}" + (f" ({self.listing})" if self.listing else "")
        return f"{where}, {self.field}: {self.message}"


@dataclass
class Listing:
    """A row that passed every check, in the model's terms."""

    row: int
    external_id: str
    fields: dict
    terms: dict  # vocabulary key -> [term]
    languages: list
    organisation: dict  # name, and the ORUK organisation's details when there are any
    venues: list[dict]
    contacts: list[dict]
    schedules: list[dict]


@dataclass
class Report:
    source: str
    read: int = 0
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unmapped: dict = field(default_factory=dict)  # (vocabulary, value) -> count
    missing: list[str] = field(default_factory=list)  # imported before, gone from the source
    dry_run: bool = False

    @property
    def rejected_rows(self) -> list[int]:
        return sorted({problem.row for problem in self.problems if problem.row})

    def lines(self) -> list[str]:
        verb = "would be" if self.dry_run else "were"
        lines = [
            f"{self.read} listings read from {self.source}.",
            f"{len(self.created)} {verb} added, {len(self.updated)} {verb} updated, "
            f"{len(self.rejected_rows)} rejected.",
        ]
        lines += [f"  {problem}" for problem in self.problems]
        if self.unmapped:
            lines.append(
                "Values that match no term (map them in a mapping file: vocabulary,value,term):"
            )
            lines += [
                f"  {vocabulary},{value}  ({count} listings)"
                for (vocabulary, value), count in sorted(self.unmapped.items())
            ]
        if self.missing:
            lines.append(
                f"{len(self.missing)} listings imported from this source before are no longer in "
                "it (not deleted): " + ", ".join(self.missing)
            )
        return lines


# Reading -----------------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """UTF-8 (with or without the byte order mark Excel writes), else Windows-1252, the
    encoding of a CSV saved from Excel on Windows."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_csv(data: bytes) -> list[dict]:
    # Large enough to read a pasted document, so that the row checks can refuse it by name.
    csv.field_size_limit(64 * 1024 * 1024)
    text = decode(data)
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        rows = [_clean_row(row) for row in reader]
    except csv.Error as error:
        raise SourceError(f"The file is not a readable CSV: {error}.") from error
    _check_header(reader.fieldnames or [])
    return rows


def read_xlsx(data: bytes) -> list[dict]:
    from openpyxl import load_workbook

    try:
        sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).active
    except Exception as error:  # openpyxl raises many kinds for a file that is not a workbook
        raise SourceError(f"The file is not a readable XLSX workbook: {error}.") from error
    rows = sheet.iter_rows(values_only=True)
    header = [str(cell or "").strip() for cell in next(rows, [])]
    _check_header(header)
    return [
        _clean_row(dict(zip(header, ("" if c is None else str(c) for c in values), strict=False)))
        for values in rows
        if any(cell not in (None, "") for cell in values)
    ]


def _check_header(header: list[str]) -> None:
    if "name" not in header:
        raise SourceError(
            "The first row must name the columns, as the template does; there is no `name`."
        )


def _clean_row(row: dict) -> dict:
    def clean(value) -> str:
        value = value.strip() if isinstance(value, str) else ""
        if value[:1] == "'" and value[1:2] in FORMULA_STARTS:
            return value[1:]
        return value

    return {(key or "").strip().lower(): clean(value) for key, value in row.items() if key}


def _fetch_json(url: str) -> object:
    request = urllib.request.Request(url, headers={"Accept": "application/json"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_SECONDS) as response:  # noqa: S310
            return json.loads(response.read())
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise SourceError(f"Could not read {url}: {error}. Nothing was imported.") from error
    except ValueError as error:
        raise SourceError(f"{url} did not answer with JSON. Nothing was imported.") from error


def read_oruk_feed(base_url: str, *, progress: Callable[[], object] | None = None) -> list[dict]:
    """Every service of an ORUK 3.0 feed, page by page, each fetched in full. The whole feed
    is read before anything is written, so a feed that fails halfway changes nothing."""
    base = base_url.rstrip("/")
    services, page = [], 1
    while True:
        listing = _fetch_json(f"{base}/services?page={page}&per_page=100")
        if not isinstance(listing, dict) or not isinstance(listing.get("contents"), list):
            raise SourceError(f"{base}/services is not an ORUK list of services.")
        for item in listing["contents"]:
            service_id = urllib.parse.quote(str(item.get("id", "")), safe="")
            services.append(_fetch_json(f"{base}/services/{service_id}"))
            if progress:
                progress()
        if listing.get("last_page", True) or not listing["contents"]:
            return services
        page += 1


def read_oruk_file(data: bytes) -> list[dict]:
    """A JSON file of services: a list, a page of `contents`, or one service."""
    try:
        document = json.loads(decode(data))
    except ValueError as error:
        raise SourceError(f"The file is not JSON: {error}.") from error
    if isinstance(document, dict) and isinstance(document.get("contents"), list):
        return document["contents"]
    if isinstance(document, dict):
        return [document]
    if isinstance(document, list):
        return document
    raise SourceError("The file holds no ORUK services.")


def read_source(
    source: str, *, format: str, progress: Callable[[], object] | None = None
) -> list[dict]:
    """The rows of a file, or of an ORUK feed when `source` is an http(s) address."""
    if source.startswith(("http://", "https://")):
        return [row_from_oruk(service) for service in read_oruk_feed(source, progress=progress)]
    try:
        data = Path(source).read_bytes()
    except OSError as error:
        raise SourceError(f"Could not read {source}: {error.strerror}.") from error
    return read_data(data, format=format, name=source)


def read_data(data: bytes, *, format: str, name: str) -> list[dict]:
    if format == ImportSource.Format.ORUK:
        return [row_from_oruk(service) for service in read_oruk_file(data)]
    if name.lower().endswith(".xlsx"):
        return read_xlsx(data)
    return read_csv(data)


def read_mapping(data: bytes) -> dict:
    """A mapping file: CSV rows of vocabulary, value, term. The term is one of the
    directory's (code, slug or name); empty leaves the value out."""
    mapping = {}
    for row in csv.reader(io.StringIO(decode(data))):
        if len(row) >= 2 and row[0].strip().lower() != "vocabulary":
            key = (row[0].strip().lower(), row[1].strip().lower())
            mapping[key] = row[2].strip() if len(row) > 2 else ""
    return mapping


# Checking ----------------------------------------------------------------------------------


class Vocabularies:
    """Every term, findable by code, slug or name, any case."""

    def __init__(self, mapping: dict | None = None):
        self.mapping = mapping or {}
        self.terms = {}
        for vocabulary in VOCABULARIES:
            index = {}
            for term in vocabulary.model.objects.all():
                for key in ("code", "slug", "name"):
                    if value := getattr(term, key, ""):
                        index[value.lower()] = term
            self.terms[vocabulary.key] = index
        self.terms["languages"] = {
            key.lower(): language
            for language in Language.objects.all()
            for key in (language.code, language.name)
        }

    def find(self, vocabulary: str, value: str):
        """The term, None for a value mapped to nothing, or KeyError when unknown."""
        index = self.terms[vocabulary]
        mapped = self.mapping.get((vocabulary, value.lower()))
        if mapped is not None:
            if not mapped:
                return None
            value = mapped
        return index[value.lower()]


def _split(value: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;|\n]", value) if part.strip()]


def text_to_html(text: str) -> str:
    """Plain text (or another system's HTML, reduced to text) as the listing's rich text:
    paragraphs at blank lines, "- " lines as a list. Never passes markup through."""
    if "<" in text and ">" in text:
        text = plain_text(text)
    blocks = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        if lines and all(line.startswith(("- ", "* ")) for line in lines):
            items = "".join(f"<li>{escape(line[2:].strip())}</li>" for line in lines)
            blocks.append(f"<ul>{items}</ul>")
        elif lines:
            blocks.append(f"<p>{escape(' '.join(lines))}</p>")
    return "".join(blocks)


def _age(value: str, problems: list, name: str) -> int | None:
    if not value:
        return None
    try:
        age = int(Decimal(value))
    except (InvalidOperation, ValueError):
        problems.append((name, "must be a whole number of years."))
        return None
    if not MIN_AGE <= age <= MAX_AGE:
        problems.append((name, f"must be from {MIN_AGE} to {MAX_AGE}, not {value}."))
        return None
    return age


def _choice(value: str, choices, default: str, problems: list, name: str) -> str:
    if not value:
        return default
    for choice_value, label in choices:
        if value.lower() in (choice_value, label.lower()):
            return choice_value
    allowed = ", ".join(choice_value for choice_value, _label in choices)
    problems.append((name, f"must be one of {allowed}, not {value[:50]!r}."))
    return default


def _time(value: str) -> time:
    hours, minutes = re.split(r"[:.]", value)
    return time(int(hours), int(minutes))


def _schedules(value: str, problems: list) -> list[dict]:
    schedules = []
    for part in _split(value):
        match = TIME_SLOT.match(part)
        day = match and (
            WEEKDAY_BY_CODE.get(match["day"][:2].upper())
            if len(match["day"]) == 2
            else WEEKDAY_NAMES.get(match["day"].lower())
        )
        try:
            opens, closes = (_time(match["opens"]), _time(match["closes"])) if day else (0, 0)
        except ValueError:
            day = None
        if not day:
            problems.append(
                ("opening_times", f"{part[:60]!r} is not like 'Monday 09:30-15:00 (term time)'.")
            )
            continue
        schedules.append(
            {"weekday": day, "opens_at": opens, "closes_at": closes, "note": match["note"] or ""}
        )
    return schedules


def _check_email(value: str, problems: list, name: str) -> str:
    if value:
        try:
            EmailValidator()(value)
        except ValidationError:
            problems.append((name, f"{value[:60]!r} is not an email address."))
    return value


def _check_phone(value: str, problems: list, name: str) -> str:
    if value and not (PHONE.match(value) and sum(c.isdigit() for c in value) >= 7):
        problems.append((name, f"{value[:60]!r} is not a phone number."))
    return value


def _decimal(value: str, problems: list, name: str, limit: int) -> Decimal | None:
    if not value:
        return None
    try:
        number = Decimal(value).quantize(Decimal("0.000001"))
    except InvalidOperation:
        problems.append((name, f"{value[:30]!r} is not a number."))
        return None
    if abs(number) > limit:
        problems.append((name, f"must be between -{limit} and {limit}."))
        return None
    return number


def check_row(
    row: dict, *, number: int, vocabularies: Vocabularies, unmapped: dict, organisation: str = ""
) -> tuple[Listing | None, list[Problem]]:
    """The row as a Listing, or the problems that stop it, each naming its column."""
    found: list[tuple[str, str]] = []
    name = row.get("name", "")
    for column, value in row.items():
        if len(value) > MAX_LENGTHS.get(column, MAX_TEXT):
            found.append(
                (
                    column,
                    f"is {len(value):,} characters; at most {MAX_LENGTHS.get(column, MAX_TEXT):,}.",
                )
            )
            row[column] = ""
    if not name:
        found.append(("name", "is required."))
    if not (row.get("organisation") or organisation):
        found.append(("organisation", "is required (or give --organisation)."))
    description = text_to_html(row.get("description", ""))
    summary = row.get("summary", "") or Truncator(plain_text(description).split("\n")[0]).chars(300)
    if not summary:
        found.append(("summary", "is required, or a description to take it from."))
    min_age = _age(row.get("min_age", ""), found, "min_age")
    max_age = _age(row.get("max_age", ""), found, "max_age")
    min_age = MIN_AGE if min_age is None else min_age
    max_age = MAX_AGE if max_age is None else max_age
    if min_age > max_age:
        found.append(("max_age", "must not be below min_age."))
    website = row.get("website", "")
    if website:
        try:
            URLValidator(schemes=["http", "https"])(website)
        except ValidationError:
            found.append(("website", f"{website[:60]!r} is not a web address."))
    last_reviewed = None
    if row.get("last_reviewed"):
        try:
            last_reviewed = date.fromisoformat(row["last_reviewed"][:10])
        except ValueError:
            found.append(("last_reviewed", "must be a date like 2026-09-01."))

    # A feed's terms are listed when unknown, not refused: its vocabulary is not ours. A
    # spreadsheet made from the template names our own terms, so an unknown one is a mistake.
    lenient = row.get("_format") == ImportSource.Format.ORUK
    terms = {key: [] for key in (*VOCABULARY_COLUMNS, "languages")}

    def add(key: str, value: str, column: str) -> None:
        try:
            term = vocabularies.find(key, value)
        except KeyError:
            unmapped[(key, value)] = unmapped.get((key, value), 0) + 1
            if not lenient:
                found.append((column, f"{value[:60]!r} is not a known term."))
            return
        if term is not None and term not in terms[key]:
            terms[key].append(term)

    for key in terms:
        for value in _split(row.get(key, "")):
            add(key, value, key)
    for column, value in row.items():
        if not column.startswith("other:"):
            continue
        taxonomy = column.removeprefix("other:")
        for term in _split(value):
            mapped = vocabularies.mapping.get((taxonomy.lower(), term.lower()))
            key, _, target = (mapped or "").partition(":")
            if key in terms and target:
                add(key, target, column)
            elif mapped != "":
                unmapped[(taxonomy, term)] = unmapped.get((taxonomy, term), 0) + 1

    venues = []
    for n in range(1, VENUES + 1):
        venue = {name: row.get(f"venue_{n}_{name}", "") for name in VENUE_FIELDS}
        if not any(venue.values()):
            continue
        column = f"venue_{n}_"
        if not venue["name"]:
            found.append((column + "name", "is required for a venue."))
        try:
            venue["postcode"] = normalise_postcode(venue["postcode"])
        except ValueError:
            found.append((column + "postcode", f"{venue['postcode'][:20]!r} is not a UK postcode."))
        area = None
        hint = row.get(f"venue_{n}_area_hint", "")
        if hint and not venue["area"]:
            area = vocabularies.terms["areas"].get(hint.lower())
        if venue["area"]:
            try:
                area = vocabularies.find("areas", venue["area"])
            except KeyError:
                unmapped[("areas", venue["area"])] = unmapped.get(("areas", venue["area"]), 0) + 1
                found.append((column + "area", f"{venue['area'][:60]!r} is not a known area."))
        venue["area"] = area
        venue["latitude"] = _decimal(venue["latitude"], found, column + "latitude", 90)
        venue["longitude"] = _decimal(venue["longitude"], found, column + "longitude", 180)
        lines = [line.strip() for line in re.split(r"[\n,]", venue["address"]) if line.strip()]
        venue["address"] = "\n".join(lines)
        if not lines:
            found.append((column + "address", "is required for a venue."))
        venues.append(venue)
    contacts = []
    for n in range(1, CONTACTS + 1):
        contact = {name: row.get(f"contact_{n}_{name}", "") for name in CONTACT_FIELDS}
        if not any(contact.values()):
            continue
        if not contact["name"]:
            found.append((f"contact_{n}_name", "is required for a contact."))
        _check_phone(contact["phone"], found, f"contact_{n}_phone")
        _check_email(contact["email"], found, f"contact_{n}_email")
        contacts.append(contact)

    fields = {
        "title": name,
        "status": _choice(
            row.get("status", ""), ServiceStatus.choices, ServiceStatus.ACTIVE, found, "status"
        ),
        "summary": summary,
        "description": description or f"<p>{escape(summary)}</p>",
        "min_age": min_age,
        "max_age": max_age,
        "eligibility": text_to_html(row.get("eligibility", "")),
        "cost": _choice(row.get("cost", ""), Cost.choices, Cost.FREE, found, "cost"),
        "cost_detail": row.get("cost_detail", ""),
        "how_to_access": text_to_html(row.get("how_to_access", "")),
        "phone": _check_phone(row.get("phone", ""), found, "phone"),
        "email": _check_email(row.get("email", ""), found, "email"),
        "website": website,
        "opening_times_note": row.get("opening_times_note", ""),
        "last_reviewed": last_reviewed,
    }
    schedules = _schedules(row.get("opening_times", ""), found)
    problems = [Problem(number, column, message, name) for column, message in found]
    if problems:
        return None, problems
    listing_organisation = {"name": row.get("organisation") or organisation}
    for key in ("organisation_id", "organisation_description", "organisation_email"):
        listing_organisation[key] = row.get(key, "")
    listing_organisation["organisation_website"] = row.get("organisation_website", "")
    return (
        Listing(
            row=number,
            external_id=row.get("id", ""),
            fields=fields,
            terms=terms,
            languages=terms.pop("languages"),
            organisation=listing_organisation,
            venues=venues,
            contacts=contacts,
            schedules=schedules,
        ),
        [],
    )


def check_rows(
    rows: list[dict], *, vocabularies: Vocabularies, organisation: str = ""
) -> tuple[list[Listing], list[Problem], dict]:
    """Every row checked before anything is written; a second row with an id already used
    is refused."""
    listings, problems, unmapped, seen = [], [], {}, {}
    for number, row in enumerate(rows, start=1):
        listing, row_problems = check_row(
            row,
            number=number,
            vocabularies=vocabularies,
            unmapped=unmapped,
            organisation=organisation,
        )
        external_id = row.get("id", "")
        if external_id and external_id in seen:
            row_problems.append(
                Problem(
                    number, "id", f"is the same as row {seen[external_id]}'s.", row.get("name", "")
                )
            )
            listing = None
        elif external_id:
            seen[external_id] = number
        problems += row_problems
        if listing:
            listings.append(listing)
    return listings, problems, unmapped


# Writing -----------------------------------------------------------------------------------


def _as_uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _organisation(details: dict, cache: dict) -> Organisation:
    name = details["name"]
    if name.lower() in cache:
        return cache[name.lower()]
    oruk_id = _as_uuid(details.get("organisation_id", ""))
    organisation = (
        (oruk_id and Organisation.objects.filter(oruk_id=oruk_id).first())
        or Organisation.objects.filter(name__iexact=name).first()
        or Organisation.objects.filter(slug=slugify(name)[:255]).first()
    )
    if organisation is None:
        slug, n = slugify(name)[:240] or "organisation", 1
        while Organisation.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{slugify(name)[:240]}-{n}"
        organisation = Organisation(
            name=name,
            slug=slug,
            description=details.get("organisation_description", ""),
            email=details.get("organisation_email", ""),
            website=details.get("organisation_website", ""),
        )
        if oruk_id:
            organisation.oruk_id = oruk_id
        organisation.full_clean()
        organisation.save()
    cache[name.lower()] = organisation
    return organisation


def _fill_children(page: ServicePage, relation: str, model, rows: list[dict]) -> None:
    """Keep existing children in place (and so their ids), row by row."""
    existing = list(getattr(page, relation).all())
    children = []
    for index, values in enumerate(rows):
        child = existing[index] if index < len(existing) else model()
        for name, value in values.items():
            setattr(child, name, value)
        child.sort_order = index
        children.append(child)
    setattr(page, relation, children)


def _fill(page: ServicePage, listing: Listing, organisations: dict) -> None:
    for name, value in listing.fields.items():
        if name == "last_reviewed" and value is None:
            continue
        setattr(page, name, value)
    page.organisation = _organisation(listing.organisation, organisations)
    for key in VOCABULARY_COLUMNS:
        setattr(page, key, listing.terms[key])
    page.languages = listing.languages
    _fill_children(page, "locations", ServiceLocation, listing.venues)
    _fill_children(page, "contacts", ServiceContact, listing.contacts)
    _fill_children(page, "schedules", ServiceSchedule, listing.schedules)


def _update(
    listing: Listing,
    page: ServicePage,
    *,
    source: ImportSource,
    organisations: dict,
    publish: bool,
    user,
) -> ServicePage:
    """A listing imported before that Wagtail must publish itself (it is in a workflow, or
    scheduled): a new revision through Wagtail, as an editor's would be."""
    page = page.specific.get_latest_revision_as_object()
    _fill(page, listing, organisations)
    revision = page.save_revision(user=user)
    log(
        instance=page,
        action=IMPORTED,
        user=user,
        revision=revision,
        data={"source": source.name},
        content_changed=True,
    )
    if publish:
        revision.publish(user=user)
    return page


def _update_all(
    found: list[tuple[Listing, ServicePage]],
    *,
    source: ImportSource,
    organisations: dict,
    publish: bool,
    user,
    report: "Report",
) -> list[tuple[Listing, ServicePage]]:
    """Listings imported before, all at once: a new revision each, live with `publish` or
    a draft. A listing the model refuses is reported and left out, and the others are
    written; one in a workflow or scheduled to go live goes through Wagtail alone."""
    by_wagtail = left_to_wagtail([page for _, page in found])
    written, listings, pages = [], [], []
    for listing, page in found:
        if page.pk in by_wagtail:
            try:
                # A savepoint each: a listing the model refuses is left out whole.
                with transaction.atomic():
                    page = _update(
                        listing,
                        page,
                        source=source,
                        organisations=organisations,
                        publish=publish,
                        user=user,
                    )
            except ValidationError as error:
                report.problems += _problems(listing, error)
                continue
            written.append((listing, page))
            continue
        page = page.get_latest_revision_as_object()
        _fill(page, listing, organisations)
        listings.append(listing)
        pages.append(page)
    while pages:
        try:
            update_services(
                services=pages,
                user=user,
                live=publish,
                also_log=(IMPORTED, {"source": source.name}),
            )
        except InvalidListings as invalid:
            for number, error in invalid.problems.items():
                report.problems += _problems(listings[number], error)
            listings = [item for n, item in enumerate(listings) if n not in invalid.problems]
            pages = [item for n, item in enumerate(pages) if n not in invalid.problems]
            continue
        written += zip(listings, pages, strict=True)
        break
    return written


def _create(
    listings: list[Listing],
    *,
    directory: DirectoryIndexPage,
    source: ImportSource,
    organisations: dict,
    publish: bool,
    user,
    report: "Report",
) -> list[tuple[Listing, ServicePage]]:
    """New listings, all at once: drafts, or live with `publish`. A listing the model
    refuses is reported and left out, and the others are written."""
    pages = []
    for listing in listings:
        page = ServicePage()
        if _as_uuid(listing.external_id):
            page.oruk_id = _as_uuid(listing.external_id)
        _fill(page, listing, organisations)
        pages.append(page)
    while pages:
        try:
            written = publish_services(
                parent=directory,
                services=pages,
                user=user,
                live=publish,
                also_log=(IMPORTED, {"source": source.name}),
            )
        except InvalidListings as invalid:
            for number, error in invalid.problems.items():
                report.problems += _problems(listings[number], error)
            listings = [item for n, item in enumerate(listings) if n not in invalid.problems]
            pages = [item for n, item in enumerate(pages) if n not in invalid.problems]
            continue
        return list(zip(listings, written, strict=True))
    return []


def _problems(listing: Listing, error: ValidationError) -> list[Problem]:
    fields = error.message_dict if hasattr(error, "error_dict") else {}
    return [
        Problem(listing.row, name, " ".join(messages), listing.fields["title"])
        for name, messages in (fields or {"listing": error.messages}).items()
    ]


def _write_batch(
    listings: list[Listing],
    *,
    directory: DirectoryIndexPage,
    source: ImportSource,
    organisations: dict,
    publish: bool,
    user,
    report: "Report",
) -> int:
    """Write a batch of listings in one transaction; returns how many were written."""
    ids = [listing.external_id for listing in listings if listing.external_id]
    # What updating reads of each listing, read for the batch at once.
    related = [f"service__{name}" for name in RELATIONS]
    records = {
        record.external_id: record.service
        for record in ImportedListing.objects.filter(source=source, external_id__in=ids)
        .select_related("service")
        .prefetch_related(*related)
    }
    # Our own export coming back: the same listings, under the ids the API gave them.
    uuids = [_as_uuid(value) for value in ids if value not in records and _as_uuid(value)]
    ours = {
        str(page.oruk_id): page
        for page in ServicePage.objects.filter(oruk_id__in=uuids).prefetch_related(*RELATIONS)
    }
    new, found = [], []
    for listing in listings:
        existing = records.get(listing.external_id) or (
            ours.get(str(_as_uuid(listing.external_id))) if listing.external_id else None
        )
        if existing is None:
            new.append(listing)
        else:
            found.append((listing, existing))
    written = _update_all(
        found,
        source=source,
        organisations=organisations,
        publish=publish,
        user=user,
        report=report,
    )
    report.updated += [page.title for _, page in written]
    created = _create(
        new,
        directory=directory,
        source=source,
        organisations=organisations,
        publish=publish,
        user=user,
        report=report,
    )
    report.created += [page.title for _, page in created]
    written += created
    now = timezone.now()
    ImportedListing.objects.bulk_create(
        [
            ImportedListing(
                source=source, external_id=listing.external_id, service=page, imported_at=now
            )
            for listing, page in written
            if listing.external_id
        ],
        update_conflicts=True,
        unique_fields=["source", "external_id"],
        update_fields=["service", "imported_at"],
    )
    return len(written)


def import_rows(
    rows: list[dict],
    *,
    source_name: str,
    format: str,
    publish: bool = False,
    dry_run: bool = False,
    organisation: str = "",
    mapping: dict | None = None,
    user=None,
    progress: Callable[[], object] | None = None,
) -> Report:
    """Check every row, then write the valid ones a batch at a time (each batch in one
    transaction), as drafts or, with `publish`, live. Rows with problems are reported and
    left out; listings this source gave before and no longer has are reported, not deleted."""
    report = Report(source=source_name, read=len(rows), dry_run=dry_run)
    listings, report.problems, report.unmapped = check_rows(
        rows, vocabularies=Vocabularies(mapping), organisation=organisation
    )
    source = ImportSource.objects.filter(name=source_name).first()
    if source:
        seen = {listing.external_id for listing in listings} | {row.get("id", "") for row in rows}
        report.missing = sorted(
            source.listings.exclude(external_id__in=seen).values_list("external_id", flat=True)
        )
    if dry_run:
        for listing in listings:
            known = source and source.listings.filter(external_id=listing.external_id).exists()
            known = known or (
                _as_uuid(listing.external_id)
                and ServicePage.objects.filter(oruk_id=_as_uuid(listing.external_id)).exists()
            )
            (report.updated if known else report.created).append(listing.fields["title"])
        return report

    directory = DirectoryIndexPage.objects.first()
    if directory is None:
        raise SourceError("The site has no service directory to import into.")
    source, _ = ImportSource.objects.get_or_create(name=source_name, defaults={"format": format})
    organisations = {}
    for start in range(0, len(listings), BATCH):
        with transaction.atomic():
            written = _write_batch(
                listings[start : start + BATCH],
                directory=directory,
                source=source,
                organisations=organisations,
                publish=publish,
                user=user,
                report=report,
            )
        for _ in range(written) if progress else ():
            progress()
    source.format = format
    source.last_read_at = timezone.now()
    source.listings_read = len(rows)
    source.listings_rejected = len(report.rejected_rows)
    source.problems = [str(problem) for problem in report.problems[:500]]
    source.save()
    return report


# Exporting ---------------------------------------------------------------------------------


def _text(html: str) -> str:
    return plain_text(html)


def row_for(service: ServicePage) -> dict:
    """A listing as a row of the template. Expects SERVICE_RELATIONS prefetched."""
    row = {
        "id": str(service.oruk_id),
        "name": service.title,
        "organisation": service.organisation.name,
        "status": service.status,
        "summary": service.summary,
        "description": _text(service.description),
        "languages": "; ".join(language.code for language in service.languages.all()),
        "min_age": service.min_age,
        "max_age": service.max_age,
        "eligibility": _text(service.eligibility),
        "cost": service.cost,
        "cost_detail": service.cost_detail,
        "how_to_access": _text(service.how_to_access),
        "phone": service.phone,
        "email": service.email,
        "website": service.website,
        "opening_times": "; ".join(
            f"{schedule.get_weekday_display()} {schedule.opens_at:%H:%M}-{schedule.closes_at:%H:%M}"
            + (f" ({schedule.note})" if schedule.note else "")
            for schedule in service.schedules.all()
        ),
        "opening_times_note": service.opening_times_note,
        "last_reviewed": service.last_reviewed.isoformat() if service.last_reviewed else "",
    }
    for vocabulary in VOCABULARIES:
        row[vocabulary.key] = "; ".join(
            getattr(term, vocabulary.term_field) for term in getattr(service, vocabulary.key).all()
        )
    for n, venue in enumerate(list(service.locations.all())[:VENUES], start=1):
        row |= {
            f"venue_{n}_name": venue.name,
            f"venue_{n}_address": ", ".join(venue.address_lines),
            f"venue_{n}_postcode": venue.postcode,
            f"venue_{n}_area": venue.area.slug if venue.area else "",
            f"venue_{n}_latitude": venue.latitude if venue.latitude is not None else "",
            f"venue_{n}_longitude": venue.longitude if venue.longitude is not None else "",
            f"venue_{n}_accessibility": venue.accessibility,
        }
    for n, contact in enumerate(list(service.contacts.all())[:CONTACTS], start=1):
        row |= {f"contact_{n}_{name}": getattr(contact, name) for name in CONTACT_FIELDS}
    return {column: row.get(column, "") for column in COLUMNS}


def _spreadsheet_safe(row: dict) -> dict:
    """Text a spreadsheet would run as a formula is written with a leading apostrophe, which
    spreadsheets hide and the import takes off again."""
    return {
        column: f"'{value}" if isinstance(value, str) and value[:1] in FORMULA_STARTS else value
        for column, value in row.items()
    }


def export_csv(services: Iterable[ServicePage], out: io.TextIOBase) -> None:
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    for service in services:
        writer.writerow(_spreadsheet_safe(row_for(service)))


def export_xlsx(services: Iterable[ServicePage], out: io.BufferedIOBase) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Listings")
    sheet.append(list(COLUMNS))
    for service in services:
        sheet.append([str(value) for value in _spreadsheet_safe(row_for(service)).values()])
    workbook.save(out)


def export_oruk(services: Iterable[ServicePage], out: io.TextIOBase) -> None:
    json.dump([service_data(service) for service in services], out, ensure_ascii=False, indent=1)
