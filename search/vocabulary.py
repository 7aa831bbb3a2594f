"""Query-time expansion with the glossary and the editors' synonyms, shared by every backend
so that they agree on what a search means, and an editor's change needs no reindex."""

from collections.abc import Iterable

from search.models import GlossaryTerm, Synonym
from search.text import tokenize

MAX_ALTERNATIVES = 12


def equivalences() -> Iterable[set[str]]:
    """Groups of phrases that mean the same, each phrase as its normalised words."""
    for term, meaning in GlossaryTerm.objects.values_list("term", "meaning"):
        yield {" ".join(tokenize(term)), " ".join(tokenize(meaning))}
    for terms in Synonym.objects.values_list("terms", flat=True):
        yield {" ".join(tokenize(phrase)) for phrase in terms.split(",")}


def expand_query(text: str) -> list[str]:
    """The normalised query followed by each alternative reading of it, in which one glossary
    or synonym phrase is replaced by an equivalent: "asd support" also reads as "autism
    spectrum disorder support" and "autism support". Backends match any of them."""
    query = " ".join(tokenize(text))
    if not query:
        return []
    alternatives = [query]
    padded = f" {query} "
    for group in equivalences():
        group.discard("")
        for phrase in group:
            if f" {phrase} " not in padded:
                continue
            for other in group - {phrase}:
                alternative = padded.replace(f" {phrase} ", f" {other} ").strip()
                if alternative not in alternatives:
                    alternatives.append(alternative)
    return alternatives[:MAX_ALTERNATIVES]
