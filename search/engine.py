"""The one way into the search engine: `search_services`. It picks the configured backend and
falls back to the database when Elasticsearch cannot answer, so nobody sees an error page."""

import logging
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from time import monotonic

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

from search.backends.base import SearchBackend, SearchUnavailable
from search.backends.database import DatabaseBackend
from search.catalogue import Catalogue, get_catalogue
from search.matching import can_loosen, readings
from search.query import ServiceQuery, ServiceResults
from search.signals import search_performed
from search.spelling import corrected

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30


@cache
def get_backend() -> SearchBackend:
    if settings.ELASTICSEARCH_URL:
        from search.backends.elasticsearch import ElasticsearchBackend

        return ElasticsearchBackend(
            url=settings.ELASTICSEARCH_URL,
            index_prefix=settings.ELASTICSEARCH_INDEX_PREFIX,
            timeout=settings.ELASTICSEARCH_TIMEOUT,
        )
    return database_backend()


@cache
def database_backend() -> DatabaseBackend:
    return DatabaseBackend()


@receiver(setting_changed)
def _forget_backend(setting, **kwargs):
    if setting.startswith("ELASTICSEARCH_"):
        get_backend.cache_clear()


def search_services(query: ServiceQuery, *, record: bool = True) -> ServiceResults:
    """Search the directory. `record=False` is for counts the site shows of its own accord,
    which are not searches anybody made."""
    results = search_with(get_backend(), query)
    if record:
        search_performed.send(sender=ServiceQuery, query=query, results=results)
    return results


def search_with(backend: SearchBackend, query: ServiceQuery) -> ServiceResults:
    """Search with `backend`, falling back to the database while it cannot answer.

    Misspelt words are corrected before the search runs, on every backend alike; the results
    then say what was searched for, so the page can offer the words as typed instead. A
    search that finds nothing with most of its words is run again for any of them."""
    catalogue = get_catalogue()
    correction = None if query.exact or not query.text else corrected(query.text)
    asked = replace(query, text=correction) if correction else query
    results = _search_with_fallback(backend, asked, catalogue)
    if results.is_empty and asked.text and can_loosen(readings(asked.text)):
        loosened = _search_with_fallback(backend, replace(asked, loose=True), catalogue)
        results = replace(loosened, loosened=not loosened.is_empty)
    if correction:
        results = replace(results, corrected_text=correction)
    return results


def _search_with_fallback(
    backend: SearchBackend, query: ServiceQuery, catalogue: Catalogue
) -> ServiceResults:
    """While a backend is failing it is asked again only every RETRY_AFTER_SECONDS, so that a
    search engine that hangs rather than refuses does not slow every page down."""
    failing_since = backend.failing_since
    failing_for = None if failing_since is None else monotonic() - failing_since
    if failing_for is not None and failing_for < RETRY_AFTER_SECONDS:
        return database_backend().search(query, catalogue)
    try:
        results = backend.search(query, catalogue)
    except SearchUnavailable as error:
        if backend.failing_since is None:
            logger.error(
                "%s search failed, using the database until it recovers: %s", backend.name, error
            )
        backend.failing_since = monotonic()
        return database_backend().search(query, catalogue)
    if backend.failing_since is not None:
        logger.warning("%s search has recovered", backend.name)
        backend.failing_since = None
    return results


def count_services(query: ServiceQuery) -> int:
    return search_services(replace(query, page_size=0), record=False).total


def rebuild_index(*, progress: Callable[[], object] | None = None) -> int:
    """Index every searchable service afresh in the configured backend's own index, calling
    `progress()` after each one; returns how many there are. The database backend has no
    index of its own (Wagtail keeps it), so there it only counts."""
    backend, catalogue = get_backend(), get_catalogue()
    backend.rebuild(catalogue, progress=progress)
    return catalogue.searchable().count()


def search_health() -> dict:
    """What /healthz reports about search: the configured backend, and "degraded" while it
    cannot answer and the database is serving searches instead."""
    backend = get_backend()
    if backend.is_available():
        return {"backend": backend.name, "status": "ok"}
    return {"backend": backend.name, "status": "degraded", "serving": database_backend().name}
