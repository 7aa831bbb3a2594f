"""Text from the public as it may be stored: `clean_public_text()` is the one function every
public text goes through, and `public_path()` its counterpart for the page a form was sent
from. `local_path()` makes a "back to" link that can only lead to this site."""

import re
from urllib.parse import unquote, unquote_plus

from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme

EMAIL_REPLACEMENT = "[email address removed]"
PHONE_REPLACEMENT = "[phone number removed]"
POSTCODE_REPLACEMENT = "[postcode removed]"
NHS_NUMBER_REPLACEMENT = "[NHS number removed]"
DATE_REPLACEMENT = "[date removed]"
# Ends a text that had to be shortened to fit where it is stored.
SHORTENED_MARK = "…"

# Line breaks other than "\n": Word's Shift+Enter pastes a vertical tab, some editors a form
# feed, Unicode has its own line and paragraph separators.
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# What no stored text should keep: C0 and C1 control characters (tab and newline excepted),
# the bidirectional overrides that make text read differently from how it is stored, the
# byte-order mark, non-characters and lone surrogates (none of which XML may carry: one of
# them in a You said, we did entry would break the Atom feed).
_CONTROL = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff]"
)
_ANY_CONTROL = re.compile(f"[\t\n{_CONTROL.pattern[1:-1]}\x0b\x0c\r\x85\u2028\u2029]")

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# Emails spelled out so that robots miss them: "jane at example dot com", "jane (at)
# example.com", "jane[at]example[dot]co[dot]uk". A bare " at " needs a spelled " dot " too, so
# "I looked at gov.uk" stays.
_AT_BRACKETED = r"\s*[(\[{<]\s*at\s*[)\]}>]\s*"
_DOT_SPELLED = r"(?:\s*[(\[{<]\s*dot\s*[)\]}>]\s*|\s+dot\s+)"
_SPELLED_EMAIL = re.compile(
    rf"[\w.+'-]+(?:{_AT_BRACKETED}[\w-]+(?:(?:{_DOT_SPELLED}|\.)[\w-]+)+"
    rf"|\s+at\s+[\w-]+(?:(?:{_DOT_SPELLED}|\.)[\w-]+)*{_DOT_SPELLED}[\w-]+)",
    re.IGNORECASE,
)
# A UK number: +44, 0044 or a leading 0, then nine or ten more digits, however people space,
# bracket or slash them ("07700 900123", "+44 (0)7700-900-123", "07700/900123"). Ages, years
# and times ("aged 14", "2025", "9:30") have too few digits to match.
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)(?:[\s()./-]{0,2}\d){9,10}(?!\d)"
)
# An NHS number: ten digits, usually written 3 3 4.
_NHS_NUMBER = re.compile(r"(?<![\w/.-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\w/-])")
# The full UK postcode: outward code (area letters, district) and inward code (sector digit,
# unit letters), with any spacing or none, in any case.
_POSTCODE = re.compile(
    r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)[ \t]{0,3}\d[ABD-HJLNP-UW-Z]{2}\b", re.IGNORECASE
)
_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# A full date: day, month and year ("12/03/2015", "2015-03-12", "3rd March 2015",
# "March 3, 2015"). The year is the group named `year`, two or four digits.
_DATE = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?P<year>\d{4}|\d{2})"
    r"|(?P<iso_year>\d{4})-\d{1,2}-\d{1,2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\.?,?\s+(?P<word_year>\d{{4}})"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<us_year>\d{{4}}))\b",
    re.IGNORECASE,
)
_BIRTH_CUE = re.compile(r"\b(?:born|birth|birthday|d\.?o\.?b)\b", re.IGNORECASE)


def strip_control_characters(text: str) -> str:
    """`text` with every kind of line break made "\\n" and control characters removed."""
    return _CONTROL.sub("", _LINE_BREAKS.sub("\n", text))


def _is_birth_date(match: re.Match, text: str) -> bool:
    """A full date is taken for a date of birth when "born", "birth" or "DOB" comes just
    before it, or when it is more than a year old: people write the dates of recent events
    ("the review was on 12 March"), rarely of old ones, except to say who someone is."""
    if _BIRTH_CUE.search(text[max(0, match.start() - 30) : match.start()]):
        return True
    year = next(filter(None, match.group("year", "iso_year", "word_year", "us_year")))
    if len(year) == 2:
        return False
    return int(year) < timezone.localdate().year - 1 and int(year) > 1900


def redact(text: str) -> str:
    """`text` with email addresses, UK phone numbers, NHS numbers, dates of birth and UK
    postcodes replaced by a note saying what was removed. Emails first, so their digits are
    not taken for phones; dates before phones and NHS numbers, for the same reason."""
    text = _EMAIL.sub(EMAIL_REPLACEMENT, text)
    text = _SPELLED_EMAIL.sub(EMAIL_REPLACEMENT, text)
    text = _DATE.sub(lambda m: DATE_REPLACEMENT if _is_birth_date(m, text) else m[0], text)
    text = _PHONE.sub(PHONE_REPLACEMENT, text)
    text = _NHS_NUMBER.sub(NHS_NUMBER_REPLACEMENT, text)
    return _POSTCODE.sub(POSTCODE_REPLACEMENT, text)


def shorten(text: str, max_length: int | None) -> str:
    """`text`, or when it is longer than `max_length`, as much as fits with a mark at the end."""
    if max_length is None or len(text) <= max_length:
        return text
    return text[: max_length - len(SHORTENED_MARK)].rstrip() + SHORTENED_MARK


def clean_public_text(text: str, *, max_length: int | None = None) -> str:
    """Free text from the public as it may be stored: control characters stripped, line
    breaks made "\\n", trimmed, personal details redacted, and, when redaction made it longer
    than `max_length`, shortened with a mark rather than refused. Safe to apply twice."""
    return shorten(redact(strip_control_characters(text or "").strip()), max_length)


def local_path(value: str, *, max_length: int = 500) -> str:
    """`value` if it is a path on this site, else "/": it becomes a link back, so it must
    never lead anywhere else. Control characters and whitespace go first, because browsers
    drop them from links ("/\\t/evil.example" would be followed as "//evil.example"). A path
    that would only be safe while nobody decodes it ("/%09/evil.example") is refused too."""
    value = _ANY_CONTROL.sub("", value or "").strip()
    decoded = unquote(value)
    if (
        not value.startswith("/")
        or value.startswith("//")
        or "\\" in decoded
        or _ANY_CONTROL.search(decoded)
        or _ANY_CONTROL.sub("", decoded).startswith("//")
        or not url_has_allowed_host_and_scheme(value, allowed_hosts=None)
    ):
        return "/"
    return value[:max_length]


def public_path(value: str, *, max_length: int = 500) -> str:
    """The page a form was sent from, as it may be stored: a local path whose query string
    (a search may hold someone's phone number or name and address) is decoded and redacted."""
    path, _, query = local_path(value, max_length=10 * max_length).partition("?")
    if query:
        path = f"{path}?{redact(strip_control_characters(unquote_plus(query)))}"
    return shorten(_ANY_CONTROL.sub(" ", path), max_length)
