"""Search words counted before every public text went through
`public_forms.text.clean_public_text()` may hold control characters. Each stored query
loses them as `search_query_normalise()` did when this was written: line breaks made
spaces, control characters removed, runs of spaces made one, trimmed. A query that then
matches another row of the same day, facets and outcome is merged into it, the counts
added, so no search is lost.

The cleaning is frozen here: a migration must give the same result whenever it runs,
whatever the app's code has become."""

import re

from django.db import migrations

QUERY_MAX = 100

_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_CONTROL = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff]"
)
_SPACES = re.compile(r"\s+")


def clean_query(query):
    """`query` without the control characters `clean_public_text()` stripped when this was
    written, its spaces normalised as stored queries' are."""
    text = _CONTROL.sub("", _LINE_BREAKS.sub("\n", query or ""))
    return _SPACES.sub(" ", text).strip()[:QUERY_MAX]


def clean_search_queries(apps, schema_editor):
    SearchDay = apps.get_model("monitoring", "SearchDay")
    dirty = [
        row
        for row in SearchDay.objects.order_by("pk").iterator(chunk_size=2000)
        if clean_query(row.query) != row.query
    ]
    for row in dirty:
        cleaned = clean_query(row.query)
        same = SearchDay.objects.filter(
            day=row.day, query=cleaned, facets=row.facets, zero_results=row.zero_results
        ).first()
        if same is None:
            row.query = cleaned
            row.save(update_fields=["query"])
            continue
        same.count += row.count
        if row.pk > same.pk:
            same.result_count = row.result_count
        same.save(update_fields=["count", "result_count"])
        row.delete()


class Migration(migrations.Migration):
    dependencies = [("monitoring", "0006_clean_visit_text")]

    # Nothing to put back: the characters as they were are what this removes.
    operations = [
        migrations.RunPython(clean_search_queries, migrations.RunPython.noop, elidable=True)
    ]
