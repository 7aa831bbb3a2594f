from functools import cache

from search.backends.base import SearchBackend
from search.catalogue import get_catalogue
from search.query import ServiceQuery, ServiceResults
from search.signals import search_performed


@cache
def get_backend() -> SearchBackend:
    from search.backends.database import DatabaseBackend

    return DatabaseBackend()


def search_services(query: ServiceQuery) -> ServiceResults:
    results = get_backend().search(query, get_catalogue())
    search_performed.send(sender=ServiceQuery, query=query, results=results)
    return results


def count_services(query: ServiceQuery) -> int:
    """How many services `query` finds, without recording it as a search someone made."""
    return get_backend().search(query, get_catalogue()).total
