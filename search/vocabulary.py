"""Query-time expansion with the glossary and the editors' synonyms, shared by every backend
so that they agree on what a search means, and an editor's change needs no reindex."""

from collections.abc import Iterable

from search.freshness import Kept
from search.models import GlossaryTerm, Synonym
from search.text import content_words, terms, tokenize

MAX_ALTERNATIVES = 12


def equivalences() -> Iterable[set[str]]:
    """Groups of phrases that mean the same, each phrase as its lower-case words."""
    for term, meaning in GlossaryTerm.objects.values_list("term", "meaning"):
        yield {" ".join(tokenize(term)), " ".join(tokenize(meaning))}
    for listed in Synonym.objects.values_list("terms", flat=True):
        yield {" ".join(tokenize(phrase)) for phrase in listed.split(",")}


def expand_query(text: str) -> list[str]:
    """The query's terms (see `search.text.terms`) followed by each alternative reading of
    it, in which one glossary or synonym phrase is replaced by an equivalent: "asd support"
    also reads as "autism spectrum disord support" and "autism support". Phrases are compared
    by their terms, so "respite cares" is read as "short breaks" too. Backends match any."""
    query = " ".join(terms(text))
    if not query:
        return []
    alternatives = [query]
    padded = f" {query} "
    for group in _equivalent_terms.get():
        for phrase in group:
            if f" {phrase} " not in padded:
                continue
            for other in group - {phrase}:
                alternative = padded.replace(f" {phrase} ", f" {other} ").strip()
                if alternative not in alternatives:
                    alternatives.append(alternative)
    return alternatives[:MAX_ALTERNATIVES]


def equivalent_words(text: str) -> set[str]:
    """The words, as written, of every phrase equivalent to one in `text`: for searching
    content indexed as written rather than as terms."""
    padded = f" {' '.join(terms(text))} "
    words = set()
    for phrases in equivalences():
        if any(f" {' '.join(terms(phrase))} " in padded for phrase in phrases if terms(phrase)):
            words.update(word for phrase in phrases for word in content_words(phrase))
    return words


def _groups_of_terms() -> list[frozenset[str]]:
    """`equivalences` with each phrase as its terms, as queries are compared."""
    groups = ({" ".join(terms(phrase)) for phrase in phrases} - {""} for phrases in equivalences())
    return [frozenset(group) for group in groups if group]


_equivalent_terms = Kept(_groups_of_terms, max_age_seconds=600)
