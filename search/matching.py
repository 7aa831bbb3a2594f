"""The matching policy every backend follows, so that a family gets the same answer whichever
engine runs the directory:

- a search is read as the words typed and as each reading the glossary and synonyms give it;
- a listing matches a reading when it has most of the reading's terms (all of one or two,
  about three quarters of longer readings), each term also matching as the start of a longer
  word once it is five letters or more;
- listings with more of the terms rank higher (with all of them, twice as high), terms in
  the name, needs and categories count
  more than the same terms in the description, and all the terms together as a phrase count
  more than the same terms scattered;
- a listing long past its review date ranks just below an up-to-date one of equal relevance;
- an age in the words ("youth club for my 14 year old") ranks listings for that age first;
- when no listing has enough of the words, listings with any of them are shown instead,
  and the page says so, rather than a dead end.
"""

import math
import re
from dataclasses import dataclass

from search.text import terms
from search.vocabulary import expand_query

KEY_FIELD_WEIGHT = 3.0  # a term in the name, needs or categories
ALL_TERMS_WEIGHT = 2.0  # every term of the reading found, not only most of them
PHRASE_WEIGHT = 1.5  # the whole reading found as a phrase
STALE_WEIGHT = 0.9  # a listing more than STALE_AFTER_DAYS past its review date
STALE_AFTER_DAYS = 183
OTHER_AGE_WEIGHT = 0.5  # a listing that does not serve the age a search mentions
PREFIX_MIN_LENGTH = 5
_AGE = re.compile(r"\b(\d{1,2})[\s-]*(?:years?|yrs?|yo)\b|\baged?\s*(\d{1,2})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    terms: tuple[str, ...]  # distinct stemmed terms, in the order typed
    required: int  # how many of them a listing must have

    @property
    def is_phrase(self) -> bool:
        return len(self.terms) > 1

    def matches(self, text: str) -> bool:
        """Whether `text` has enough of the terms: for the few things (pages, entries)
        searched in Python rather than by a backend."""
        found = set(terms(text))
        matched = sum(
            term in found or (is_prefix_term(term) and any(w.startswith(term) for w in found))
            for term in self.terms
        )
        return matched >= self.required


def required_matches(count: int) -> int:
    """All of one or two terms; three quarters of more, rounded down (3 -> 2, 4 -> 3)."""
    return count if count <= 2 else math.floor(count * 0.75)


def is_prefix_term(term: str) -> bool:
    """Whether a term also matches longer words that start with it: "dyslex" finds
    "dyslexia", while a short term like "art" does not find "arthritis"."""
    return len(term) >= PREFIX_MIN_LENGTH


def readings(text: str, *, loose: bool = False) -> list[Reading]:
    """Each distinct reading of `text`, the words as typed first; `loose` asks for any one
    of a reading's terms rather than most of them."""
    found = []
    for alternative in expand_query(text):
        distinct = tuple(dict.fromkeys(alternative.split()))
        if distinct and all(reading.terms != distinct for reading in found):
            required = 1 if loose else required_matches(len(distinct))
            found.append(Reading(distinct, required))
    return found


def can_loosen(query_readings: list[Reading]) -> bool:
    return any(reading.required > 1 for reading in query_readings)


def mentioned_age(text: str) -> int | None:
    """The age a search speaks of ("my 14 year old", "aged 3"), if any, from 0 to 25."""
    for match in _AGE.finditer(text):
        age = int(match.group(1) or match.group(2))
        if age <= 25:
            return age
    return None


def term_weight(*, documents: int, matching: int) -> float:
    """How much finding a term says about a listing: rare terms say more (inverse document
    frequency, as BM25 and Elasticsearch weigh them)."""
    return math.log(1 + (documents - matching + 0.5) / (matching + 0.5))
