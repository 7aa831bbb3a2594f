import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def highlight(text: str, words: set[str]) -> SafeString:
    """Escape `text` and wrap each word that starts with one of `words` in <mark>."""
    escaped = escape(text)
    if not words:
        return escaped
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(escape(word)) for word in sorted(words)) + r")\w*",
        re.IGNORECASE,
    )
    return mark_safe(pattern.sub(r"<mark>\g<0></mark>", escaped))  # noqa: S308 - escaped above
