"""The search contract shared by every backend: what is asked and what comes back."""

from dataclasses import dataclass, field
from enum import StrEnum

PAGE_SIZE = 20


class Sort(StrEnum):
    RELEVANCE = "relevance"
    NAME = "name"
    UPDATED = "updated"


@dataclass(frozen=True)
class ServiceQuery:
    text: str = ""
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    age: int | None = None  # the age of one child: services whose range includes it
    age_from: int | None = None  # an age band: services whose range overlaps it
    age_to: int | None = None
    page: int = 1
    sort: Sort = Sort.RELEVANCE
    page_size: int = PAGE_SIZE
    exact: bool = False  # search for the words as typed, without correcting their spelling
    loose: bool = False  # any of the words rather than most of them
    # Age bands (youngest, oldest) to count the results in, each as an age_from/age_to would.
    age_bands: tuple[tuple[int, int], ...] = ()

    @property
    def age_band(self) -> tuple[int | None, int | None]:
        """The ages a service must serve some of: the child's age, within any band given."""
        lows = [age for age in (self.age, self.age_from) if age is not None]
        highs = [age for age in (self.age, self.age_to) if age is not None]
        return (max(lows) if lows else None, min(highs) if highs else None)

    @property
    def has_age(self) -> bool:
        return self.age_band != (None, None)

    @property
    def effective_sort(self) -> Sort:
        """Relevance means nothing without words to be relevant to: list by name instead."""
        if self.sort is Sort.RELEVANCE and not self.text:
            return Sort.NAME
        return self.sort


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Hit:
    page: object  # the specific ServicePage
    highlights: dict[str, str] = field(default_factory=dict)  # field name -> safe HTML


@dataclass(frozen=True)
class ServiceResults:
    hits: list[Hit]
    total: int
    facets: dict[str, list[FacetOption]]
    # The search ran on this text, with misspelt words corrected, instead of the words typed.
    corrected_text: str | None = None
    # No listing had enough of the words: these have some of them.
    loosened: bool = False
    backend: str = ""
    age_band_counts: tuple[int, ...] = ()  # one for each of the query's age_bands

    @property
    def is_empty(self) -> bool:
        return self.total == 0
