from abc import ABC, abstractmethod

from search.catalogue import Catalogue
from search.query import ServiceQuery, ServiceResults


class SearchBackend(ABC):
    name: str

    @abstractmethod
    def search(self, query: ServiceQuery, catalogue: Catalogue) -> ServiceResults:
        """Services matching `query`: one page of hits in order, the total, and facet counts
        in which each facet's counts apply every other facet's selection."""
