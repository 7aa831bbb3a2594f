"""How well searches find what a person wanted, measured on a judged set: searches with the
listings a good answer shows. The figures are the usual ones of information retrieval."""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class JudgedSearch:
    query: str
    relevant: frozenset[str]  # slugs of the listings a good first page shows


@dataclass(frozen=True)
class Outcome:
    search: JudgedSearch
    found: tuple[str, ...]  # slugs, best first
    total: int

    @property
    def success_at_10(self) -> bool:
        return bool(self.search.relevant.intersection(self.found[:10]))

    @property
    def recall_at_20(self) -> float:
        return len(self.search.relevant.intersection(self.found[:20])) / len(self.search.relevant)

    @property
    def ndcg_at_10(self) -> float:
        gains = [1.0 if slug in self.search.relevant else 0.0 for slug in self.found[:10]]
        ideal = [1.0] * min(10, len(self.search.relevant))
        return _dcg(gains) / _dcg(ideal)


@dataclass(frozen=True)
class RelevanceReport:
    outcomes: tuple[Outcome, ...]

    @property
    def success_at_10(self) -> float:
        return _mean(outcome.success_at_10 for outcome in self.outcomes)

    @property
    def recall_at_20(self) -> float:
        return _mean(outcome.recall_at_20 for outcome in self.outcomes)

    @property
    def ndcg_at_10(self) -> float:
        return _mean(outcome.ndcg_at_10 for outcome in self.outcomes)

    @property
    def found_nothing(self) -> list[str]:
        return [outcome.search.query for outcome in self.outcomes if outcome.total == 0]

    @property
    def misses(self) -> list[str]:
        return [outcome.search.query for outcome in self.outcomes if not outcome.success_at_10]

    def summary(self) -> str:
        return (
            f"success@10 {self.success_at_10:.2f}  recall@20 {self.recall_at_20:.2f}  "
            f"nDCG@10 {self.ndcg_at_10:.2f}  found nothing {len(self.found_nothing)} "
            f"of {len(self.outcomes)}"
        )


def evaluate(
    searches: Sequence[JudgedSearch], search: Callable[[str], tuple[list[str], int]]
) -> RelevanceReport:
    """Run each judged search through `search`, which returns the slugs of the first 20
    results, best first, and the total found."""
    outcomes = []
    for judged in searches:
        found, total = search(judged.query)
        outcomes.append(Outcome(judged, tuple(found), total))
    return RelevanceReport(tuple(outcomes))


def _dcg(gains: list[float]) -> float:
    return sum(gain / math.log2(rank + 2) for rank, gain in enumerate(gains))


def _mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0
