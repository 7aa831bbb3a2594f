"""Where things happen in Northby: towns, venues and the map. Postcodes use the made-up NB
area; positions are scattered around a made-up centre point."""

from dataclasses import dataclass

CENTRE = (54.1835, -1.9624)


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


STEP_FREE = "Step-free entrance and lift to all floors. Accessible toilet."
CHANGING_PLACES = "Step-free throughout. Changing Places toilet with hoist and adult-sized bench."
HEARING_LOOP = "Hearing loop at reception. Quiet room you can ask to use."
PARKING = "Blue Badge parking next to the entrance."
OLD_BUILDING = (
    "Ramp to the side entrance; the first floor has no lift, so sessions move downstairs if "
    "you ask. Accessible toilet on the ground floor."
)

TOWNS = {
    "northby-central": Town(
        "Northby",
        (0.0, 0.0),
        {
            "family-hub": Venue(
                "Northby Central Family Hub",
                "12 Market Street\nNorthby",
                "NB1 2AB",
                f"{STEP_FREE} {HEARING_LOOP}",
            ),
            "leisure": Venue(
                "Northby Leisure Centre",
                "Castle Road\nNorthby",
                "NB1 4LT",
                f"{CHANGING_PLACES} Pool hoist and a quieter changing area. {PARKING}",
            ),
            "library": Venue(
                "Northby Central Library",
                "Library Square\nNorthby",
                "NB1 1LB",
                f"{STEP_FREE} Large print and audio books. {HEARING_LOOP}",
            ),
            "clinic": Venue(
                "Northby Child Development Centre",
                "Hospital Lane\nNorthby",
                "NB1 5HD",
                f"{CHANGING_PLACES} Sensory waiting room. {PARKING}",
            ),
            "youth": Venue(
                "The Hive Youth Centre",
                "3 Chapel Street\nNorthby",
                "NB1 3YC",
                f"{STEP_FREE} Chill-out room with low lighting.",
            ),
            "community": Venue(
                "St Mark's Community Hall",
                "40 Queen's Road\nNorthby",
                "NB1 6QR",
                OLD_BUILDING,
            ),
        },
    ),
    "northby-north": Town(
        "Hartmoor",
        (0.071, -0.012),
        {
            "family-hub": Venue(
                "Hartmoor Family Hub",
                "Moor Lane\nHartmoor\nNorthby",
                "NB2 3FH",
                f"{STEP_FREE} {PARKING}",
            ),
            "leisure": Venue(
                "Hartmoor Pool and Fitness",
                "Station Road\nHartmoor\nNorthby",
                "NB2 5PF",
                f"{STEP_FREE} Pool hoist and a family changing room. {PARKING}",
            ),
            "library": Venue(
                "Hartmoor Library",
                "2 High Street\nHartmoor\nNorthby",
                "NB2 4HL",
                OLD_BUILDING,
            ),
            "clinic": Venue(
                "Hartmoor Health Centre",
                "Green Lane\nHartmoor\nNorthby",
                "NB2 6HC",
                f"{STEP_FREE} {HEARING_LOOP}",
            ),
            "youth": Venue(
                "Hartmoor Youth Centre",
                "Park View\nHartmoor\nNorthby",
                "NB2 7YC",
                f"{STEP_FREE} Sensory room.",
            ),
            "community": Venue(
                "Hartmoor Village Hall",
                "Church Street\nHartmoor\nNorthby",
                "NB2 8VH",
                f"{STEP_FREE} {PARKING}",
            ),
        },
    ),
    "northby-east": Town(
        "Eastwick",
        (0.018, 0.094),
        {
            "family-hub": Venue(
                "Eastwick Family Hub",
                "Harbour Road\nEastwick\nNorthby",
                "NB3 2EF",
                f"{STEP_FREE} {HEARING_LOOP}",
            ),
            "leisure": Venue(
                "Eastwick Sports Centre",
                "Coast Road\nEastwick\nNorthby",
                "NB3 6SC",
                f"{CHANGING_PLACES} {PARKING}",
            ),
            "library": Venue(
                "Eastwick Library and Community Hub",
                "1 Fisher Row\nEastwick\nNorthby",
                "NB3 1LH",
                f"{STEP_FREE} Sensory corner in the children's library.",
            ),
            "clinic": Venue(
                "Eastwick Medical Centre",
                "Sea View Road\nEastwick\nNorthby",
                "NB3 4MC",
                f"{STEP_FREE} {PARKING}",
            ),
            "youth": Venue(
                "Eastwick Youth and Community Centre",
                "Beck Lane\nEastwick\nNorthby",
                "NB3 5YC",
                OLD_BUILDING,
            ),
            "community": Venue(
                "Cold Ashby Methodist Hall",
                "The Green\nCold Ashby\nNorthby",
                "NB3 9CA",
                "Level access from the car park. Accessible toilet. No hearing loop.",
            ),
        },
    ),
    "northby-south": Town(
        "Southbrook",
        (-0.066, 0.021),
        {
            "family-hub": Venue(
                "Southbrook Family Hub",
                "Brook Street\nSouthbrook\nNorthby",
                "NB4 3SB",
                f"{STEP_FREE} Quiet room and garden. {PARKING}",
            ),
            "leisure": Venue(
                "Southbrook Leisure Centre",
                "Lowfield Road\nSouthbrook\nNorthby",
                "NB4 7LC",
                f"{CHANGING_PLACES} Pool hoist. {PARKING}",
            ),
            "library": Venue(
                "Southbrook Library",
                "Netherby Road\nSouthbrook\nNorthby",
                "NB4 2LB",
                f"{STEP_FREE} {HEARING_LOOP}",
            ),
            "clinic": Venue(
                "Southbrook Community Clinic",
                "Mill Lane\nSouthbrook\nNorthby",
                "NB4 5CC",
                f"{STEP_FREE} {PARKING}",
            ),
            "youth": Venue(
                "Southbrook Youth Hub",
                "Unit 4, Lowfield Parade\nSouthbrook\nNorthby",
                "NB4 6YH",
                f"{STEP_FREE} Low-sensory space on request.",
            ),
            "community": Venue(
                "Netherby Community Centre",
                "Front Street\nNetherby\nNorthby",
                "NB4 9NC",
                OLD_BUILDING,
            ),
        },
    ),
    "northby-west": Town(
        "Westfell",
        (0.009, -0.108),
        {
            "family-hub": Venue(
                "Westfell Family Hub",
                "Fell Road\nWestfell\nNorthby",
                "NB5 2WF",
                f"{STEP_FREE} {PARKING}",
            ),
            "leisure": Venue(
                "Westfell Swimming Pool",
                "Quarry Lane\nWestfell\nNorthby",
                "NB5 4SP",
                "Step-free entrance. Pool hoist. Accessible changing room but no Changing Places "
                "toilet.",
            ),
            "library": Venue(
                "Westfell Library",
                "Market Place\nWestfell\nNorthby",
                "NB5 1LW",
                OLD_BUILDING,
            ),
            "clinic": Venue(
                "Westfell Health Centre",
                "Dale View\nWestfell\nNorthby",
                "NB5 6HC",
                f"{STEP_FREE} {HEARING_LOOP} {PARKING}",
            ),
            "youth": Venue(
                "Westfell Youth Club",
                "School Lane\nWestfell\nNorthby",
                "NB5 3YC",
                f"{STEP_FREE}",
            ),
            "community": Venue(
                "Moorside Village Hall",
                "Top Road\nMoorside\nNorthby",
                "NB5 8MV",
                "Level access. Accessible toilet. Parking on the road only.",
            ),
        },
    ),
}

# Venues with one site for the whole of Northby, and those outside it.
COUNTY_VENUES = {
    "civic-centre": Venue(
        "Northby Civic Centre",
        "Town Hall Square\nNorthby",
        "NB1 1TH",
        f"{STEP_FREE} {HEARING_LOOP} BSL interpreters can be booked for appointments.",
    ),
    "larkspur-house": Venue(
        "Larkspur House",
        "22 Larkspur Avenue\nNorthby",
        "NB1 7LH",
        f"{CHANGING_PLACES} Ceiling hoists in bedrooms, sensory room and an enclosed garden.",
    ),
    "riverside-park": Venue(
        "Riverside Adventure Playground",
        "Riverside Park\nMillbank\nNorthby",
        "NB1 8RP",
        "Wheelchair-accessible play equipment, paths and a Changing Places toilet.",
    ),
    "fellside-stables": Venue(
        "Fellside Riding Centre",
        "Fellside Farm\nWestfell\nNorthby",
        "NB5 9FR",
        "Mounting ramp and hoist. Accessible toilet. Uneven ground in the yard.",
    ),
    "brookfield": Venue(
        "Brookfield School",
        "Millbank Road\nNorthby",
        "NB1 9BS",
        f"{CHANGING_PLACES} Hydrotherapy pool, sensory rooms and ceiling hoists.",
    ),
    "oakwood": Venue(
        "Oakwood School",
        "Oak Tree Lane\nSouthbrook\nNorthby",
        "NB4 8OS",
        f"{STEP_FREE} Small classrooms and calm spaces in every corridor.",
    ),
    "beacon-hill": Venue(
        "Beacon Hill School",
        "Beacon Road\nEastwick\nNorthby",
        "NB3 7BH",
        f"{STEP_FREE} Quiet entrance for pupils who find busy spaces hard. {HEARING_LOOP}",
    ),
    "hollybank": Venue(
        "Hollybank Primary School",
        "Holly Bank\nHartmoor\nNorthby",
        "NB2 9HP",
        f"{STEP_FREE} {HEARING_LOOP}",
    ),
    "moorside-high": Venue(
        "Moorside High School",
        "Moorside Road\nWestfell\nNorthby",
        "NB5 7MH",
        f"{STEP_FREE} Quiet lunch room in the autism resource base.",
    ),
    "northby-college": Venue(
        "Northby College, Castlegate Campus",
        "Castlegate\nNorthby",
        "NB1 3NC",
        f"{CHANGING_PLACES} {HEARING_LOOP} Quiet study rooms in the library.",
    ),
    "kestrel-lodge": Venue(
        "Kestrel Lodge School",
        "Kestrel Lane\nDunmere",
        "DM3 4KL",
        f"{STEP_FREE} Residential houses with quiet bedrooms and sensory rooms.",
    ),
    "fellgate-college": Venue(
        "Fellgate Specialist College",
        "Abbey Road\nDunmere",
        "DM2 6FC",
        f"{CHANGING_PLACES} Training flat for independent living skills.",
    ),
}
OUTSIDE_VENUES = frozenset({"kestrel-lodge", "fellgate-college"})
