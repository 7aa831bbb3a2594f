"""The site's one search box: services first, from the directory's own search, then every
other kind of content in its own group, so that "EHCP" reaches both the EHC services and the
guide to EHC plans.

Apps add their content with `register_source`; the site's pages (other than services) and
the glossary are searched here."""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.text import Truncator

from wagtail.models import Page

from search.catalogue import get_catalogue
from search.engine import search_services
from search.matching import Reading, readings
from search.query import ServiceQuery, ServiceResults
from search.selectors import glossary_matches
from search.text import content_words
from search.vocabulary import equivalent_words

SERVICES_SHOWN = 5
PER_GROUP = 10
CANDIDATES = 30


@dataclass(frozen=True)
class SiteHit:
    title: str
    url: str
    summary: str = ""


@dataclass(frozen=True)
class Source:
    label: str  # the group's heading, e.g. "You said, we did"
    # The search as typed (spelling corrected) and its readings -> the best hits first.
    find: Callable[[str, list[Reading]], list[SiteHit]]


@dataclass(frozen=True)
class SiteResults:
    services: ServiceResults
    groups: list[tuple[str, list[SiteHit]]]  # (label, hits), only groups that found something

    @property
    def is_empty(self) -> bool:
        return self.services.is_empty and not self.groups


_sources: list[Source] = []


def register_source(source: Source) -> None:
    if all(known.label != source.label for known in _sources):
        _sources.append(source)


def site_search(text: str) -> SiteResults:
    services = search_services(ServiceQuery(text=text, page_size=SERVICES_SHOWN))
    # Search the other kinds with the words the services were found by, spelling corrected.
    text = services.corrected_text or text
    query_readings = readings(text)
    groups = [
        (source.label, hits[:PER_GROUP])
        for source in [_pages_source(), *_sources, _glossary_source()]
        if (hits := source.find(text, query_readings))
    ]
    return SiteResults(services=services, groups=groups)


def _pages_source() -> Source:
    """Advice, news and every other page but the services. Wagtail's own index of pages
    finds the candidates by any of their words; the matching policy then keeps those that
    have most of the words of a reading, in the order Wagtail ranked them."""

    def find(text: str, query_readings: list[Reading]) -> list[SiteHit]:
        words = {*content_words(text), *equivalent_words(text)}
        words |= {term for reading in query_readings for term in reading.terms}
        if not words:
            return []
        pages = (
            Page.objects.live()
            .public()
            .not_type(get_catalogue().model)
            .specific()
            .search(" ".join(sorted(words)), operator="or")
        )
        return [
            SiteHit(page.title, page.url, _page_summary(page))
            for page in pages[:CANDIDATES]
            if page.url and any(reading.matches(_page_text(page)) for reading in query_readings)
        ]

    return Source("Advice, guidance and news", find)


def _page_text(page: Page) -> str:
    return " ".join(
        strip_tags(str(value))
        for value in (
            page.title,
            page.search_description,
            getattr(page, "summary", ""),
            getattr(page, "introduction", ""),
            getattr(page, "body", ""),
        )
        if value
    )


def _page_summary(page: Page) -> str:
    for name in ("search_description", "summary", "introduction"):
        if value := getattr(page, name, ""):
            return Truncator(value).words(30)
    return ""


def _glossary_source() -> Source:
    def find(text: str, query_readings: list[Reading]) -> list[SiteHit]:
        return [
            SiteHit(f"{term.term}: {term.meaning}", "", term.description)
            for term in glossary_matches(text, limit=PER_GROUP)
        ]

    return Source("Words explained", find)
