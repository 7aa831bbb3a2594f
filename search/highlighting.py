import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search.matching import Reading, is_prefix_term
from search.text import STOP_WORDS, stem

_WORD = re.compile(r"[^\W_]+")


def highlight(text: str, readings: list[Reading]) -> SafeString:
    """Escape `text` and wrap in <mark> each word that matches a term of the search, the way
    the search matched it (by its stem, or as the start of a longer word)."""
    terms = {term for reading in readings for term in reading.terms}
    escaped = escape(text)
    if not terms:
        return escaped

    def mark(match: re.Match) -> str:
        word = match.group(0)
        lowered = word.lower()
        if lowered in STOP_WORDS:
            return word
        term = stem(lowered)
        if term in terms or any(is_prefix_term(t) and term.startswith(t) for t in terms):
            return f"<mark>{word}</mark>"
        return word

    return mark_safe(_WORD.sub(mark, escaped))  # noqa: S308 - escaped above
