"""The judged family searches (judged_searches.yaml), and running them on the demo."""

from pathlib import Path

import yaml

from search.engine import search_services
from search.query import ServiceQuery
from search.relevance import JudgedSearch, RelevanceReport, evaluate

JUDGED_SEARCHES = Path(__file__).with_name("judged_searches.yaml")


def judged_searches() -> list[JudgedSearch]:
    data = yaml.safe_load(JUDGED_SEARCHES.read_text())
    return [
        JudgedSearch(query=search["query"], relevant=frozenset(search["relevant"]))
        for search in data["searches"]
    ]


def judge_search() -> RelevanceReport:
    """Every judged search through the site's search, as a family would type it."""

    def search(text: str) -> tuple[list[str], int]:
        results = search_services(ServiceQuery(text=text, page_size=20), record=False)
        return [hit.page.slug for hit in results.hits], results.total

    return evaluate(judged_searches(), search)
