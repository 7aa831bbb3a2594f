from dataclasses import dataclass
from urllib.parse import urlencode

from wagtail.models import Page

from directory.models import DirectoryIndexPage
from pages.choices import SectionKind
from pages.models.sections import InformationPage, SectionPage
from search.engine import search_services
from search.query import ServiceQuery


@dataclass(frozen=True)
class BrowseLink:
    label: str
    url: str
    count: int
    hint: str = ""


@dataclass(frozen=True)
class LifeStage:
    label: str
    youngest: int
    oldest: int

    @property
    def ages(self) -> str:
        return f"{self.youngest} to {self.oldest}"


# A service belongs to every stage its age range overlaps.
LIFE_STAGES = (
    LifeStage("Early years", 0, 4),
    LifeStage("Primary school", 5, 10),
    LifeStage("Secondary school", 11, 15),
    LifeStage("Preparing for adulthood", 16, 25),
)


def home_browse_links(*, home: Page) -> dict:
    """Ways into the directory for the home page, each with the number of services it finds,
    counted by the search engine so they match what the link then shows. Needs and types of
    support with no services are left out. Information pages are those under the home page
    that editors chose to show in menus, which keeps the privacy notice and the like out."""
    information_pages = list(InformationPage.objects.live().public().in_menu().child_of(home))
    directory = DirectoryIndexPage.objects.live().public().first()
    if directory is None:
        return {
            "directory_url": None,
            "service_count": 0,
            "need_links": [],
            "age_links": [],
            "category_links": [],
            "information_pages": information_pages,
        }

    base_url = directory.url

    def url(**params) -> str:
        return f"{base_url}?{urlencode(params)}"

    # One search gives every count: the facets' and the life stages'.
    overview = search_services(
        ServiceQuery(
            page_size=0, age_bands=tuple((stage.youngest, stage.oldest) for stage in LIFE_STAGES)
        ),
        record=False,
    )
    facets = overview.facets
    return {
        "directory_url": base_url,
        "service_count": overview.total,
        "need_links": [
            BrowseLink(option.label, url(need=option.value), option.count)
            for option in facets.get("need", [])
            if option.count
        ],
        "age_links": [
            BrowseLink(
                stage.label,
                url(age_from=stage.youngest, age_to=stage.oldest),
                count,
                hint=f"{stage.ages} years",
            )
            for stage, count in zip(LIFE_STAGES, overview.age_band_counts, strict=True)
        ],
        "category_links": [
            BrowseLink(option.label, url(category=option.value), option.count)
            for option in facets.get("category", [])
            if option.count
        ],
        "information_pages": information_pages,
    }


def home_sections(*, home: Page) -> dict[str, list[SectionPage]]:
    """The live sections anywhere under the home page, by kind, in the order of the tree."""
    sections = list(
        SectionPage.objects.descendant_of(home)
        .live()
        .public()
        .filter(kind__in=[SectionKind.LIFE_STAGE, SectionKind.TOPIC])
        .order_by("path")
    )
    return {
        "life_stage_sections": [s for s in sections if s.kind == SectionKind.LIFE_STAGE],
        "topic_sections": [s for s in sections if s.kind == SectionKind.TOPIC],
    }
