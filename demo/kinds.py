"""The kinds of service Northby offers. A kind in every local area becomes one listing per area,
a countywide kind one listing for the whole of Northby; schools are listed one by one."""

from dataclasses import dataclass

from demo.content import read

AREA = "area"  # one listing in each local area
COUNTY = "county"  # one listing for the whole of Northby
OUTSIDE = "outside"  # one listing for a place outside Northby


@dataclass(frozen=True)
class Kind:
    title: str  # "{town}" is replaced by the town of the area
    orgs: tuple[str, ...]  # organisation slugs; each listing picks one
    summary: str
    about: str  # the first paragraph of the description
    categories: tuple[str, ...]
    needs: tuple[str, ...]  # need codes; a listing gets all of them, or 2 to 4 when more
    levels: tuple[str, ...]
    ages: tuple[int, int]
    where: str = AREA
    venue: str = "family-hub"  # a venue kind in the town, a county venue or "school:<name>"
    cost: str = "free"
    cost_detail: str = ""
    delivery: tuple[str, ...] = ("in-person",)
    referral: tuple[str, ...] = ("self",)
    times: str = "office"
    eligibility: str = ""  # beyond age and area
    steps: tuple[str, ...] = ()  # how to access; derived from the referral routes when empty
    languages: tuple[str, ...] = ()
    mailbox: str = "enquiries"
    roles: tuple[str, ...] = ("Service lead", "Administrator")


@dataclass(frozen=True)
class School:
    name: str
    org: str
    area: str
    phase: str  # nursery, primary, secondary
    street: str
    postcode: str


def _kind(row: dict) -> Kind:
    return Kind(
        **{name: tuple(value) if isinstance(value, list) else value for name, value in row.items()}
    )


_DATA = read("kinds")
KINDS = [_kind(row) for row in _DATA["kinds"]]
# Mainstream schools: each is listed with its SEN support.
SCHOOLS = [School(**row) for row in _DATA["schools"]]
SCHOOL_KINDS = {phase: _kind(row) for phase, row in _DATA["school_kinds"].items()}
# Specialist places: resource bases, special schools, independent provision and colleges.
SPECIALIST_KINDS = [_kind(row) for row in _DATA["specialist_kinds"]]
