"""What the directory hands the search engine: which model to search and which facets exist.

`search` never imports `directory`; the directory registers its catalogue when it is ready.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.db.models import QuerySet

from search.freshness import Kept


@dataclass(frozen=True)
class Facet:
    name: str  # the GET parameter, e.g. "need"
    label: str  # the question the checkboxes answer, e.g. "Need"
    lookup: str  # ORM path from a service to this facet's values, e.g. "needs__code"
    options: Callable[[], list[tuple[str, str]]]  # (value, label) in display order


@dataclass(frozen=True)
class Catalogue:
    model: type  # the model of the services
    searchable: Callable[[], QuerySet]  # every service the public may find
    facets: tuple[Facet, ...]
    # Every text the public can search, for the words that typing mistakes are corrected to.
    texts: Callable[[], Iterable[str]]
    # For search engines that keep their own index: a service as a dict of "title",
    # "key_terms" and "terms" (see search.text.index_text) and "locations" ([{"lat", "lon"}]),
    # and the searchable services with what `document` needs already fetched.
    document: Callable[[object], dict] | None = None
    documents: Callable[[], QuerySet] | None = None
    min_age_field: str = "min_age"
    max_age_field: str = "max_age"
    name_field: str = "title"
    updated_field: str = "last_published_at"
    review_due_field: str = "review_due"

    def facet(self, name: str) -> Facet:
        return next(facet for facet in self.facets if facet.name == name)


_catalogue: Catalogue | None = None


def register_catalogue(catalogue: Catalogue) -> None:
    global _catalogue
    _catalogue = catalogue


def get_catalogue() -> Catalogue:
    if _catalogue is None:
        raise ImproperlyConfigured("No service catalogue registered with the search engine.")
    return _catalogue


def facet_options() -> dict[str, list[tuple[str, str]]]:
    """Each facet's options, (value, label) in display order, kept between searches."""
    return _facet_options.get()


# A new vocabulary term sends no signal: it appears as an option within this.
_facet_options = Kept(
    lambda: {facet.name: facet.options() for facet in get_catalogue().facets},
    max_age_seconds=300,
)
