from dataclasses import replace
from functools import cache

from search.backends.base import SearchBackend
from search.catalogue import get_catalogue
from search.query import ServiceQuery, ServiceResults
from search.signals import search_performed


@cache
def get_backend() -> SearchBackend:
    from search.backends.database import DatabaseBackend

    return DatabaseBackend()


def search_services(query: ServiceQuery, *, record: bool = True) -> ServiceResults:
    """Search the directory. `record=False` is for counts the site shows of its own accord,
    which are not searches anybody made."""
    results = get_backend().search(query, get_catalogue())
    if record:
        search_performed.send(sender=ServiceQuery, query=query, results=results)
    return results


def count_services(query: ServiceQuery) -> int:
    return search_services(replace(query, page_size=1), record=False).total
