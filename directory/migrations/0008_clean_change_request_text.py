"""The free text of suggestions from the public (a change to a listing, or a service to
add) stored before every public text went through `public_forms.text.clean_public_text()`:
it may hold control characters and personal details the redaction of the time missed (NHS
numbers, dates of birth, spelled-out emails, "0044" and slashed phone numbers, unspaced
postcodes). Each text is cleaned as `clean_public_text()` cleaned it when this was written;
the contact name, kept only with consent, loses its control characters and nothing else.

The cleaning is frozen here: a migration must give the same result whenever it runs,
whatever the app's code has become."""

import re
from datetime import date

from django.db import migrations

SHORTENED_MARK = "…"
# The texts redacted and their limits when this was written (None: no limit). The name of
# whoever suggested a change is kept only with their consent and is not redacted.
LIMITS = {"what_is_wrong": None, "suggestion": None, "service_name": 255, "organisation_name": 255}
NAME_MAX = 255

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
    if max_length is not None and len(text) > max_length:
        text = text[: max_length - len(SHORTENED_MARK)].rstrip() + SHORTENED_MARK
    return text


def clean_name(name):
    """A contact name as `change_request_submit()` stored it when this was written."""
    return _CONTROL.sub("", _LINE_BREAKS.sub("\n", name or "")).strip()[:NAME_MAX]


def clean_change_request_text(apps, schema_editor):
    ChangeRequest = apps.get_model("directory", "ChangeRequest")
    fields = [*LIMITS, "contact_name"]
    changed = []
    for item in ChangeRequest.objects.only("pk", *fields).iterator(chunk_size=2000):
        cleaned = {name: clean_text(getattr(item, name), limit) for name, limit in LIMITS.items()}
        cleaned["contact_name"] = clean_name(item.contact_name)
        if any(getattr(item, name) != value for name, value in cleaned.items()):
            for name, value in cleaned.items():
                setattr(item, name, value)
            changed.append(item)
    ChangeRequest.objects.bulk_update(changed, fields, batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("directory", "0006_school_sen_information")]

    # Nothing to put back: the text as it was is what this removes.
    operations = [
        migrations.RunPython(clean_change_request_text, migrations.RunPython.noop, elidable=True)
    ]
