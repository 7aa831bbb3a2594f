from abc import ABC, abstractmethod
from collections.abc import Iterable

from search.catalogue import Catalogue
from search.query import ServiceQuery, ServiceResults


class SearchUnavailable(Exception):
    """The backend cannot answer now (its service is down or failing)."""


class SearchBackend(ABC):
    name: str
    # When searches began to fail (time.monotonic()), or None while they work: the engine logs
    # an outage once and waits a while before asking a failing backend again.
    failing_since: float | None = None

    @abstractmethod
    def search(self, query: ServiceQuery, catalogue: Catalogue) -> ServiceResults:
        """Services matching `query`: one page of hits in order, the total, and facet counts
        in which each facet's counts apply every other facet's selection."""

    # Backends with an index of their own override these; the database backend's index is
    # Wagtail's, which keeps itself up to date.

    def update(self, catalogue: Catalogue, objects: Iterable) -> None:
        """Add or replace these services in the index, visible to the next search."""
        return None

    def remove(self, ids: Iterable[int]) -> None:
        """Take these services out of the index."""
        return None

    def rebuild(self, catalogue: Catalogue, *, progress=None) -> None:
        """Index every searchable service afresh, calling `progress()` after each one."""
        return None

    def is_available(self) -> bool:
        return True
