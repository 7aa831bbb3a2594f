"""The judged family searches (judged_searches.yaml), and running them on the demo."""

from pathlib import Path

import yaml

from search.backends.base import SearchBackend
from search.engine import get_backend, search_with
from search.query import ServiceQuery
from search.relevance import JudgedSearch, RelevanceReport, evaluate

JUDGED_SEARCHES = Path(__file__).with_name("judged_searches.yaml")


def judged_searches() -> list[JudgedSearch]:
    data = yaml.safe_load(JUDGED_SEARCHES.read_text())
    return [
        JudgedSearch(query=search["query"], relevant=frozenset(search["relevant"]))
        for search in data["searches"]
    ]


def judge_search(backend: SearchBackend | None = None) -> RelevanceReport:
    """Every judged search through the site's search (with `backend`, or the configured one),
    as a family would type it."""
    backend = backend or get_backend()

    def search(text: str) -> tuple[list[str], int]:
        results = search_with(backend, ServiceQuery(text=text, page_size=20))
        return [hit.page.slug for hit in results.hits], results.total

    return evaluate(judged_searches(), search)
