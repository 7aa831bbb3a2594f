from itertools import groupby

from search.models import GlossaryTerm
from search.text import tokenize


def glossary_by_letter() -> list[tuple[str, list[GlossaryTerm]]]:
    """Glossary terms grouped under their first letter, A to Z."""
    terms = sorted(GlossaryTerm.objects.all(), key=lambda term: term.term.upper())
    return [
        (letter, list(group)) for letter, group in groupby(terms, key=lambda t: t.term[:1].upper())
    ]


def glossary_matches(text: str, *, limit: int = 5) -> list[GlossaryTerm]:
    """Glossary entries whose term or meaning shares a word with `text`."""
    words = set(tokenize(text))
    if not words:
        return []
    matches = [
        term
        for term in GlossaryTerm.objects.all()
        if words & set(tokenize(f"{term.term} {term.meaning}"))
    ]
    return matches[:limit]
