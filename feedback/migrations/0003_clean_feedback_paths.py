"""The page each feedback item was sent from, cleaned as `public_forms.text.public_path()`
cleans it since: items stored before it may hold control characters (a link back that a
browser follows off the site, "/\\t/evil.example") or personal details in a search's query
string, which outlive the purge of free text.

The cleaning is frozen here as it was when this migration was written: a migration must
give the same result whenever it runs, whatever the app's code has become."""

import re
from datetime import date
from urllib.parse import unquote, unquote_plus

from django.db import migrations
from django.utils.http import url_has_allowed_host_and_scheme

PATH_MAX = 500
SHORTENED_MARK = "…"

_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_CONTROL = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff]"
)
_ANY_CONTROL = re.compile(f"[\t\n{_CONTROL.pattern[1:-1]}\x0b\x0c\r\x85\u2028\u2029]")
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_AT_BRACKETED = r"\s*[(\[{<]\s*at\s*[)\]}>]\s*"
_DOT_SPELLED = r"(?:\s*[(\[{<]\s*dot\s*[)\]}>]\s*|\s+dot\s+)"
_SPELLED_EMAIL = re.compile(
    rf"[\w.+'-]+(?:{_AT_BRACKETED}[\w-]+(?:(?:{_DOT_SPELLED}|\.)[\w-]+)+"
    rf"|\s+at\s+[\w-]+(?:(?:{_DOT_SPELLED}|\.)[\w-]+)*{_DOT_SPELLED}[\w-]+)",
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)(?:[\s()./-]{0,2}\d){9,10}(?!\d)"
)
_NHS_NUMBER = re.compile(r"(?<![\w/.-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\w/-])")
_POSTCODE = re.compile(
    r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)[ \t]{0,3}\d[ABD-HJLNP-UW-Z]{2}\b", re.IGNORECASE
)
_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DATE = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?P<year>\d{4}|\d{2})"
    r"|(?P<iso_year>\d{4})-\d{1,2}-\d{1,2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\.?,?\s+(?P<word_year>\d{{4}})"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<us_year>\d{{4}}))\b",
    re.IGNORECASE,
)
_BIRTH_CUE = re.compile(r"\b(?:born|birth|birthday|d\.?o\.?b)\b", re.IGNORECASE)


def _is_birth_date(match, text):
    if _BIRTH_CUE.search(text[max(0, match.start() - 30) : match.start()]):
        return True
    year = next(filter(None, match.group("year", "iso_year", "word_year", "us_year")))
    if len(year) == 2:
        return False
    return date.today().year - 1 > int(year) > 1900


def _redact(text):
    text = _EMAIL.sub("[email address removed]", text)
    text = _SPELLED_EMAIL.sub("[email address removed]", text)
    text = _DATE.sub(lambda m: "[date removed]" if _is_birth_date(m, text) else m[0], text)
    text = _PHONE.sub("[phone number removed]", text)
    text = _NHS_NUMBER.sub("[NHS number removed]", text)
    return _POSTCODE.sub("[postcode removed]", text)


def _local_path(value, max_length):
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


def clean_path(value):
    """`value` as a stored path may be: on this site, its query string redacted."""
    path, _, query = _local_path(value, 10 * PATH_MAX).partition("?")
    if query:
        query = _CONTROL.sub("", _LINE_BREAKS.sub("\n", unquote_plus(query)))
        path = f"{path}?{_redact(query)}"
    path = _ANY_CONTROL.sub(" ", path)
    if len(path) > PATH_MAX:
        path = path[: PATH_MAX - len(SHORTENED_MARK)].rstrip() + SHORTENED_MARK
    return path


def clean_feedback_paths(apps, schema_editor):
    Feedback = apps.get_model("feedback", "Feedback")
    changed = []
    # A blank path means feedback about the Local Offer as a whole: it stays blank.
    for item in Feedback.objects.exclude(path="").only("pk", "path").iterator(chunk_size=2000):
        cleaned = clean_path(item.path)
        if cleaned != item.path:
            item.path = cleaned
            changed.append(item)
    Feedback.objects.bulk_update(changed, ["path"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("feedback", "0002_steering_group")]

    # Nothing to put back: the paths as they were are what this removes.
    operations = [
        migrations.RunPython(clean_feedback_paths, migrations.RunPython.noop, elidable=True)
    ]
