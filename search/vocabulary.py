"""Query-time expansion with the glossary and the editors' synonyms, shared by every backend
so that they agree on what a search means."""

import re
from collections.abc import Iterable

from search.models import GlossaryTerm, Synonym

MAX_ALTERNATIVES = 12

# Words that carry no meaning in a search for a service; without dropping them, "help for my
# son with autism" would ask for services that mention "my" and "son".
STOP_WORDS = frozenset(
    """a about an and are as at be by can child children daughter do does for from get have
    help how i in is it me my near of on or our services service some son that the their there
    they this to want we what where which who with you your""".split()  # noqa: SIM905
)

_WORD = re.compile(r"[^\W_]+")


def tokenize(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def content_words(phrase: str) -> list[str]:
    """The words of a phrase a backend should require, stop words removed."""
    return [word for word in tokenize(phrase) if word not in STOP_WORDS]


def _equivalences() -> Iterable[set[str]]:
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
    for group in _equivalences():
        group.discard("")
        for phrase in group:
            if f" {phrase} " not in padded:
                continue
            for other in group - {phrase}:
                alternative = padded.replace(f" {phrase} ", f" {other} ").strip()
                if alternative not in alternatives:
                    alternatives.append(alternative)
    return alternatives[:MAX_ALTERNATIVES]


def highlight_words(alternatives: Iterable[str]) -> set[str]:
    return {word for phrase in alternatives for word in content_words(phrase)}
