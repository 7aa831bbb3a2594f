"""Spotting feedback that suggests a child or young person may be at risk.

The steering group edits the phrases in the admin (Settings > Feedback). A phrase matches
whole words, in any case, whatever the apostrophes and hyphens; a phrase ending in `*` also
matches any ending ("self harm*" matches "self-harming"). The list leans towards flagging too
much: a moderator can clear a false alarm in seconds, a missed one cannot be undone.
"""

import re

DEFAULT_PHRASES = """\
self harm*
harming myself
harming himself
harming herself
harming themselves
hurting myself
hurting himself
hurting herself
hurting themselves
cutting myself
cutting himself
cutting herself
cutting themselves
suicid*
kill myself
kill himself
kill herself
kill themselves
want to die
wants to die
wanted to die
end my life
end it all
better off dead
not safe
unsafe
don't feel safe
doesn't feel safe
scared to go home
afraid to go home
frightened to go home
abus*
hits me
hit me
hitting me
hits him
hits her
beats me
beat me
beating me
kicked me
touched me
touches me
neglect*
groom*
exploit*
county lines
runs away
ran away from home
running away
no food at home
locked in
"""


def _normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[-\u2010-\u2015_/]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def phrases_pattern(phrases: str) -> re.Pattern | None:
    """One regular expression for a list of phrases, one a line (blank lines ignored)."""
    alternatives = []
    for line in phrases.splitlines():
        phrase = _normalise(line)
        if not phrase:
            continue
        prefix = phrase.endswith("*")
        escaped = re.escape(phrase.rstrip("*").strip()).replace(r"\ ", r"\s")
        alternatives.append(escaped + (r"\w*" if prefix else r"\b"))
    if not alternatives:
        return None
    return re.compile(r"\b(?:" + "|".join(alternatives) + ")")


def suggests_risk(text: str, *, phrases: str) -> bool:
    """Whether `text` contains any of `phrases` (see the module docstring for how they match)."""
    pattern = phrases_pattern(phrases)
    return bool(pattern and pattern.search(_normalise(text)))
