"""Turns the kinds of service into listings. Seeded, so every load of the demo gives the same
listings; dates are relative to `today` so some reviews are always overdue."""

import random
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal
from html import escape

from django.utils.text import slugify

from demo.content import read
from demo.kinds import AREA, COUNTY, KINDS, SCHOOL_KINDS, SCHOOLS, SPECIALIST_KINDS, Kind
from demo.organisations import ORGANISATIONS, Org
from demo.places import CENTRE, COUNTY_VENUES, TOWNS, Venue
from demo.sen_information import school_sen_information
from demo.taxonomy import LOCAL_AREAS, NEEDS

SEED = 20250
_DATA = read("listings")
COMMUNITY_LANGUAGES = tuple(_DATA["community_languages"])
FIRST_NAMES = _DATA["first_names"]
LAST_NAMES = _DATA["last_names"]
WEEKDAYS = (1, 2, 3, 4, 5)
NEED_NAMES = {code: name for code, name, _ in NEEDS}


@dataclass(frozen=True)
class LocationSpec:
    venue: Venue
    area: str
    latitude: Decimal
    longitude: Decimal


@dataclass(frozen=True)
class ServiceSpec:
    title: str
    slug: str
    org: str
    status: str
    summary: str
    description: str
    eligibility: str
    how_to_access: str
    cost: str
    cost_detail: str
    needs: tuple[str, ...]
    categories: tuple[str, ...]
    levels: tuple[str, ...]
    min_age: int
    max_age: int
    delivery: tuple[str, ...]
    referral: tuple[str, ...]
    areas: tuple[str, ...]
    languages: tuple[str, ...]
    phone: str
    email: str
    website: str
    opening_times_note: str
    locations: tuple[LocationSpec, ...]
    contacts: tuple[tuple[str, str, str, str], ...]  # name, role, phone, email
    schedules: tuple[tuple[int, time, time, str], ...]  # weekday, opens, closes, note
    last_reviewed: date
    first_published: date
    # A school or nursery's SEN information: listing fields and their values.
    sen_information: tuple[tuple[str, str], ...] = ()


def service_specs(*, today: date, seed: int = SEED) -> list[ServiceSpec]:
    """Every demo listing, in a stable order."""
    # A seeded generator makes the demo reproducible; nothing here needs to be unpredictable.
    builder = _Builder(random.Random(seed), today)  # noqa: S311
    for kind in KINDS:
        if kind.where == AREA:
            for area in LOCAL_AREAS:
                builder.add(kind, area=area)
        else:
            builder.add(kind)
    for school in SCHOOLS:
        builder.add(SCHOOL_KINDS[school.phase], area=school.area, school=school.name)
    for kind in SPECIALIST_KINDS:
        builder.add(kind)
    return builder.specs


class _Builder:
    def __init__(self, rng: random.Random, today: date):
        self.rng = rng
        self.today = today
        self.orgs = {org.slug: org for org in ORGANISATIONS}
        self.schools = {school.name: school for school in SCHOOLS}
        self.specs: list[ServiceSpec] = []
        self.slugs: set[str] = set()
        self.numbers = 0

    def add(self, kind: Kind, *, area: str | None = None, school: str | None = None) -> None:
        rng = self.rng
        town = TOWNS[area or "northby-central"].name
        title = kind.title.format(town=town, school=school)
        summary = kind.summary.format(school=school)
        org = self.orgs[self.schools[school].org if school else rng.choice(kind.orgs)]
        slug = slugify(title)
        if slug in self.slugs:
            raise ValueError(f"Two demo services would share the slug {slug!r}.")
        self.slugs.add(slug)

        needs = kind.needs
        if len(needs) > 4:
            chosen = set(rng.sample(needs, rng.randint(2, 4)))
            needs = tuple(code for code in kind.needs if code in chosen)
        areas = self._areas(kind, area)
        phone = self._phone(org)
        email = f"{kind.mailbox}{'.' + slugify(town) if area and not school else ''}@{org.domain}"
        temporarily_closed = rng.random() < 0.03
        last_reviewed = self.today - timedelta(days=int(rng.triangular(3, 730, 90)))
        languages = ("en", *kind.languages)
        if rng.random() < 0.2:
            extra = rng.sample(COMMUNITY_LANGUAGES, rng.randint(1, 2))
            languages += tuple(code for code in extra if code not in languages)

        self.specs.append(
            ServiceSpec(
                title=title,
                slug=slug,
                org=org.slug,
                status="temporarily closed" if temporarily_closed else "active",
                summary=summary,
                description=_description(kind, needs),
                eligibility=_eligibility(kind, area if kind.where == AREA else None),
                how_to_access=_how_to_access(kind, phone, email),
                cost=kind.cost,
                cost_detail=kind.cost_detail,
                needs=needs,
                categories=kind.categories,
                levels=kind.levels,
                min_age=kind.ages[0],
                max_age=kind.ages[1],
                delivery=kind.delivery,
                referral=kind.referral,
                areas=areas,
                languages=languages,
                phone=phone,
                email=email,
                website=f"https://northby.example/{slug}",
                opening_times_note=(
                    _DATA["closed_note"]
                    if temporarily_closed
                    else _DATA["times_notes"].get(kind.times, _DATA["default_times_note"])
                ),
                locations=self._locations(kind, area, school),
                contacts=self._contacts(kind, org),
                schedules=self._schedules(kind.times),
                last_reviewed=last_reviewed,
                first_published=last_reviewed - timedelta(days=rng.randint(0, 500)),
                sen_information=(
                    school_sen_information(phase=self.schools[school].phase, school=school)
                    if school
                    else ()
                ),
            )
        )

    def _areas(self, kind: Kind, area: str | None) -> tuple[str, ...]:
        if area:
            return (area,)
        if kind.where == COUNTY:
            return tuple(LOCAL_AREAS)
        return ("outside-northby",)

    def _phone(self, org: Org) -> str:
        # Ofcom's drama ranges: 0113 496 0000 to 0999 and 01632 960000 to 960999.
        self.numbers += 1
        if org.phone.startswith("0113"):
            return f"0113 496 0{300 + self.numbers:03d}"
        return f"01632 960{300 + self.numbers:03d}"

    def _locations(self, kind: Kind, area: str | None, school: str | None) -> tuple:
        if school or kind.venue.startswith("school:"):
            found = self.schools[school or kind.venue.removeprefix("school:")]
            town = TOWNS[found.area]
            venue = Venue(
                found.name,
                f"{found.street}\n{town.name}\nNorthby".replace("Northby\nNorthby", "Northby"),
                found.postcode,
                _DATA["school_accessibility"],
            )
            return (_located(venue, found.area),)
        if kind.venue in COUNTY_VENUES:
            venue = COUNTY_VENUES[kind.venue]
            venue_area = _area_of_postcode(venue.postcode)
            return (_located(venue, venue_area),)
        main_area = area or "northby-central"
        locations = [_located(TOWNS[main_area].venues[kind.venue], main_area)]
        if kind.where == COUNTY and self.rng.random() < 0.4:
            other = self.rng.choice([slug for slug in LOCAL_AREAS if slug != main_area])
            locations.append(_located(TOWNS[other].venues[kind.venue], other))
        return tuple(locations)

    def _contacts(self, kind: Kind, org: Org) -> tuple:
        contacts = []
        for role in kind.roles[: self.rng.choice((0, 1, 1, 2))]:
            first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)
            self.numbers += 1
            contacts.append(
                (
                    f"{first} {last}",
                    role,
                    f"07700 900{self.numbers % 1000:03d}",
                    f"{first}.{last}@{org.domain}".lower(),
                )
            )
        return tuple(contacts)

    def _schedules(self, times: str) -> tuple:
        rng = self.rng
        day = rng.choice(WEEKDAYS)
        rows = {
            "office": [(d, "09:00", "17:00" if d < 5 else "16:30", "") for d in WEEKDAYS],
            "helpline": [(d, "09:30", "16:30", "") for d in WEEKDAYS],
            "weekdays": [(d, "10:00", "16:00", "") for d in WEEKDAYS],
            "always": [(d, "00:00", "23:59", "") for d in range(1, 8)],
            "school": [(d, "08:45", "15:15", "Term time only") for d in WEEKDAYS],
            "nursery": [(d, "07:30", "18:00", "") for d in WEEKDAYS],
            "holidays": [(d, "10:00", "15:00", "School holidays only") for d in WEEKDAYS],
            "clinic": [(d, "09:30", "16:00", "") for d in sorted(rng.sample(WEEKDAYS, 2))],
            "morning": [(day, "10:00", "11:30", "Term time only")],
            "after-school": [(day, "15:45", "17:15", "Term time only")],
            "evening": [(day, "18:00", "19:30", "")],
            "evenings": [(d, "17:00", "22:00", "") for d in range(1, 8)],
            "thursdays": [(4, "13:00", "16:00", "")],
            "saturday": [(6, *rng.choice((("09:30", "11:00"), ("10:00", "12:00"))), "")],
            "sunday": [(7, "14:00", "16:00", "")],
            "monthly": [(day, "10:00", "12:00", "First week of the month")],
        }[times]
        return tuple(
            (weekday, _time(opens), _time(closes), note) for weekday, opens, closes, note in rows
        )


# Words in a venue's accessibility note, and the feature families filter by that they show.
_FEATURE_WORDS = {
    "step-free-access": ("step-free", "level access"),
    "accessible-toilet": ("accessible toilet", "changing places toilet"),
    "changing-places-toilet": ("changing places toilet",),
    "hearing-loop": ("hearing loop at",),
    "quiet-space": ("quiet room", "sensory room", "low-sensory", "quieter"),
    "parking-nearby": ("parking next", "car park"),
}


def venue_features(locations: tuple[LocationSpec, ...]) -> tuple[str, ...]:
    """The accessibility features every venue of a listing has, read from their notes."""
    if not locations:
        return ()
    notes = [location.venue.accessibility.lower() for location in locations]
    return tuple(
        feature
        for feature, words in _FEATURE_WORDS.items()
        if all(any(word in note and f"no {word}" not in note for word in words) for note in notes)
    )


def service_times(schedules: tuple[tuple[int, time, time, str], ...]) -> tuple[str, ...]:
    """When a listing runs, in the words families filter by, from its opening times."""
    weekdays = [row for row in schedules if row[0] <= 5 and row[3] != "School holidays only"]
    found = []
    if any(opens < time(15) for _day, opens, _closes, _note in weekdays):
        found.append("weekday-daytime")
    if any(closes >= time(16, 30) for _day, _opens, closes, _note in weekdays):
        found.append("after-school")
    if any(day >= 6 for day, *_rest in schedules):
        found.append("weekends")
    if schedules and any(note != "Term time only" for *_rest, note in schedules):
        found.append("school-holidays")
    return tuple(found)


def _time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def _located(venue: Venue, area: str) -> LocationSpec:
    # Seeded by the venue's name so every listing at a venue shares its position.
    jitter = random.Random(venue.name)  # noqa: S311
    offset = TOWNS[area].offset if area in TOWNS else (-0.21, 0.05)
    return LocationSpec(
        venue=venue,
        area=area,
        latitude=Decimal(f"{CENTRE[0] + offset[0] + jitter.uniform(-0.01, 0.01):.6f}"),
        longitude=Decimal(f"{CENTRE[1] + offset[1] + jitter.uniform(-0.015, 0.015):.6f}"),
    )


def _area_of_postcode(postcode: str) -> str:
    district = postcode.split()[0]
    return {
        "NB1": "northby-central",
        "NB2": "northby-north",
        "NB3": "northby-east",
        "NB4": "northby-south",
        "NB5": "northby-west",
    }.get(district, "outside-northby")


def _paragraph(text: str) -> str:
    return f"<p>{escape(text, quote=False)}</p>"


def _list(items: list[str], tag: str = "ul") -> str:
    return (
        f"<{tag}>"
        + "".join(f"<li>{escape(item, quote=False)}</li>" for item in items)
        + f"</{tag}>"
    )


def _description(kind: Kind, needs: tuple[str, ...]) -> str:
    needs_list = [NEED_NAMES[code].lower().replace("adhd", "ADHD") for code in needs]
    return (
        _paragraph(kind.about)
        + _paragraph("Staff have experience of supporting children and young people with:")
        + _list(needs_list)
    )


def _eligibility(kind: Kind, area: str | None) -> str:
    low, high = kind.ages
    ages = f"aged {low}" if low == high else f"aged {low} to {high}"
    where = f"who live in or near {TOWNS[area].name}" if area else "who live in Northby"
    parts = [_paragraph(f"Children and young people {ages} {where}.")]
    if kind.eligibility:
        parts.append(_paragraph(kind.eligibility))
    return "".join(parts)


def _how_to_access(kind: Kind, phone: str, email: str) -> str:
    if kind.steps:
        return _list(list(kind.steps), "ol")
    steps = []
    if "self" in kind.referral:
        steps.append(f"Phone {phone} or email {email} to ask for a place or an appointment.")
    if "professional" in kind.referral:
        steps.append(
            "Ask someone who works with your child, such as a teacher, SENCo, health visitor "
            "or social worker, to refer you."
        )
    if "gp" in kind.referral:
        steps.append("Ask your GP to refer your child.")
    if len(steps) == 1:
        return _paragraph(steps[0])
    return _paragraph("You can:") + _list(steps)
