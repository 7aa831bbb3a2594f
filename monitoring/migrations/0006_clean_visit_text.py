"""The free text of mystery-shop visits recorded before every public text went through
`public_forms.text.clean_public_text()`: volunteers' notes may hold control characters
(pasted from a word processor) and personal details the redaction of the time missed (NHS
numbers, dates of birth, spelled-out emails, "0044" and slashed phone numbers, unspaced
postcodes). Each text is cleaned as `clean_public_text()` cleaned it when this was written:
line breaks made "\\n", control characters removed, trimmed, redacted, and shortened with a
mark when redaction made it longer than its limit.

The cleaning is frozen here: a migration must give the same result whenever it runs,
whatever the app's code has become."""

import re
from datetime import date

from django.db import migrations

SHORTENED_MARK = "…"
# The limits of each text when this was written.
LIMITS = {"assistive_technology": 200, "accessibility_problems": 1200, "comments": 2000}

_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_CONTROL = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff]"
)
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


def clean_text(text, max_length):
    """`text` as `clean_public_text(text, max_length=max_length)` gave it when this was written."""
    text = _redact(_CONTROL.sub("", _LINE_BREAKS.sub("\n", text or "")).strip())
    if len(text) > max_length:
        text = text[: max_length - len(SHORTENED_MARK)].rstrip() + SHORTENED_MARK
    return text


def clean_visit_text(apps, schema_editor):
    Visit = apps.get_model("monitoring", "Visit")
    fields = list(LIMITS)
    changed = []
    visits = Visit.objects.exclude(assistive_technology="", accessibility_problems="", comments="")
    for visit in visits.only("pk", *fields).iterator(chunk_size=2000):
        dirty = False
        for name, limit in LIMITS.items():
            cleaned = clean_text(getattr(visit, name), limit)
            if cleaned != getattr(visit, name):
                setattr(visit, name, cleaned)
                dirty = True
        if dirty:
            changed.append(visit)
    Visit.objects.bulk_update(changed, fields, batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("monitoring", "0005_kpi_targets")]

    # Nothing to put back: the text as it was is what this removes.
    operations = [migrations.RunPython(clean_visit_text, migrations.RunPython.noop, elidable=True)]
