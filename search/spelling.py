"""Typing mistakes forgiven the same way on every backend: a word the directory does not know
is replaced by the nearest word it does know ("autsim" -> "autism"), measured by edit
distance with transpositions counted as one edit."""

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from search.catalogue import get_catalogue
from search.freshness import Kept
from search.matching import is_prefix_term
from search.text import STOP_WORDS, stem, tokenize
from search.vocabulary import equivalences

MAX_AGE_SECONDS = 600  # changes that send no signal (bulk loads elsewhere) show within this
MIN_WORD_LENGTH = 5  # shorter words ("sale", "salt") have too many neighbours to correct


@dataclass(frozen=True)
class Vocabulary:
    words: Counter  # every word the public can find, with how often it occurs
    stems: tuple[str, ...]  # sorted, to find those starting with a term

    def knows(self, word: str) -> bool:
        """A word is known when its term is, or starts a known one the way a search matches
        it ("dyslexic" is known from "dyslexia")."""
        if word in self.words:
            return True
        term = stem(word)
        position = bisect_left(self.stems, term)
        if position == len(self.stems):
            return False
        found = self.stems[position]
        return found == term or (is_prefix_term(term) and found.startswith(term))

    def nearest(self, word: str) -> str | None:
        """The closest known word, fewest edits first, then the most common; None if no
        known word is close enough (one edit for short words, two for longer ones)."""
        allowed = 1 if len(word) < 7 else 2
        matches = process.extract(
            word, self.words.keys(), scorer=OSA.distance, score_cutoff=allowed, limit=20
        )
        if not matches:
            return None
        best, _distance, _key = min(matches, key=lambda m: (m[1], -self.words[m[0]], m[0]))
        return best


def vocabulary() -> Vocabulary:
    return _vocabulary.get()


def _build() -> Vocabulary:
    words = Counter()
    for text in get_catalogue().texts():
        words.update(word for word in tokenize(text) if not word.isdigit())
    for group in equivalences():
        for phrase in group:
            words.update(tokenize(phrase))
    for word in STOP_WORDS:
        words.pop(word, None)
    return Vocabulary(words=words, stems=tuple(sorted({stem(word) for word in words})))


def corrected(text: str) -> str | None:
    """`text` with each unknown word replaced by its nearest known word, or None when every
    word is known or no unknown word has a close neighbour."""
    words = tokenize(text)
    known = vocabulary()
    changed = False
    for position, word in enumerate(words):
        if len(word) < MIN_WORD_LENGTH or word.isdigit() or word in STOP_WORDS:
            continue
        if known.knows(word):
            continue
        replacement = known.nearest(word)
        if replacement:
            words[position] = replacement
            changed = True
    return " ".join(words) if changed else None


_vocabulary = Kept(_build, max_age_seconds=MAX_AGE_SECONDS)
