"""Entries written before `Entry.clean()` stripped control characters may still hold them:
text pasted from a word processor (Word's Shift+Enter is a vertical tab) that the Atom feed
cannot carry. The live row and every saved revision of each entry are cleaned as
`public_forms.text.strip_control_characters()` cleaned them when this was written, so that
publishing an old revision cannot bring one back.

The cleaning is frozen here: a migration must give the same result whenever it runs,
whatever the app's code has become."""

import re

from django.db import migrations

TEXTS = ("you_said", "we_did")

_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_CONTROL = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff]"
)


def clean_text(text):
    """`text` as `Entry.clean()` left it when this was written."""
    return _CONTROL.sub("", _LINE_BREAKS.sub("\n", text or "")).strip()


def _cleaned(values):
    """The texts in `values` (a row's fields or a revision's content) that cleaning changes,
    cleaned."""
    return {
        name: clean_text(values[name])
        for name in TEXTS
        if isinstance(values.get(name), str) and clean_text(values[name]) != values[name]
    }


def clean_entry_text(apps, schema_editor):
    Entry = apps.get_model("you_said_we_did", "Entry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")

    changed = []
    for entry in Entry.objects.only("pk", *TEXTS).iterator(chunk_size=2000):
        cleaned = _cleaned({name: getattr(entry, name) for name in TEXTS})
        if cleaned:
            for name, value in cleaned.items():
                setattr(entry, name, value)
            changed.append(entry)
    Entry.objects.bulk_update(changed, TEXTS, batch_size=500)

    # On a new database content types do not exist yet, and neither do revisions.
    entry_type = ContentType.objects.filter(app_label="you_said_we_did", model="entry").first()
    if entry_type is None:
        return
    changed = []
    revisions = Revision.objects.filter(base_content_type=entry_type).only("pk", "content")
    for revision in revisions.iterator(chunk_size=500):
        cleaned = _cleaned(revision.content)
        if cleaned:
            revision.content.update(cleaned)
            changed.append(revision)
    Revision.objects.bulk_update(changed, ["content"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("you_said_we_did", "0004_entries_approved_by_another_member"),
        ("wagtailcore", "0098_apitoken"),
    ]

    # Nothing to put back: the characters removed are what the feed could not carry.
    operations = [migrations.RunPython(clean_entry_text, migrations.RunPython.noop, elidable=True)]
