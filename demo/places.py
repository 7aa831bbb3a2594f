"""Where things happen in Northby: towns, venues and the map, from demo/data/places.yaml."""

from dataclasses import dataclass

from demo.content import read


@dataclass(frozen=True)
class Venue:
    name: str
    address: str  # one line per part, without the postcode
    postcode: str
    accessibility: str


@dataclass(frozen=True)
class Town:
    name: str
    offset: tuple[float, float]  # from CENTRE, in degrees of latitude and longitude
    venues: dict[str, Venue]  # by kind: family-hub, leisure, library, clinic, youth, community


_DATA = read("places")
CENTRE = tuple(_DATA["centre"])
TOWNS = {
    slug: Town(
        town["name"],
        tuple(town["offset"]),
        {kind: Venue(**venue) for kind, venue in town["venues"].items()},
    )
    for slug, town in _DATA["towns"].items()
}
# Venues with one site for the whole of Northby, and those outside it.
COUNTY_VENUES = {kind: Venue(**venue) for kind, venue in _DATA["county_venues"].items()}
