"""`kpi_report` and `prune_monitoring`."""

import csv
import io
import json
from datetime import date, timedelta

import pytest

from django.core.management import CommandError, call_command
from django.utils import timezone

from monitoring.models import ContactClickDay, PageViewDay, ReferrerDay, SearchDay
from monitoring.selectors import KPI_KEYS
from tests.factories import VisitFactory


def _run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.fixture
def counts(db):
    PageViewDay.objects.create(path="/", day=date(2025, 1, 31), count=7)
    PageViewDay.objects.create(path="/", day=date(2025, 2, 1), count=5)
    VisitFactory(visited_on=date(2025, 1, 15), ease=2)


def test_kpi_report_prints_every_kpi_as_json(counts):
    report = json.loads(_run("kpi_report", "--from", "2025-01-01", "--to", "2025-01-31"))
    assert list(report) == ["from", "to", *KPI_KEYS]
    assert report["from"] == "2025-01-01" and report["to"] == "2025-01-31"
    assert report["page_views"] == 7
    assert report["mystery_shop_visits"] == 1
    assert report["mystery_shop_positive_pct"] == 0.0
    assert report["feedback_helpful_pct"] is None
    assert report["yswd_by_status"] == {"planned": 0, "in_progress": 0, "done": 0}


def test_kpi_report_prints_csv_one_value_a_row(counts):
    out = _run("kpi_report", "--from", "2025-01-01", "--to", "2025-02-28", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["kpi", "value"]
    values = dict(rows[1:])
    assert values["page_views"] == "12"
    assert values["feedback_helpful_pct"] == ""
    assert values["yswd_by_status.done"] == "0"
    assert len(rows) == 1 + len(KPI_KEYS) - 1 + 3


@pytest.mark.parametrize(
    "args",
    [
        ("--from", "2025-02-01", "--to", "2025-01-01"),
        ("--from", "yesterday", "--to", "2025-01-01"),
        ("--from", "2025-01-01", "--to", "2025-01-02", "--format", "xml"),
    ],
)
def test_kpi_report_refuses_bad_arguments(db, args):
    with pytest.raises(CommandError):
        call_command("kpi_report", *args)


def test_prune_deletes_only_counts_older_than_the_limit(db, settings):
    settings.MONITORING_KEEP_DAYS = 30
    today = timezone.localdate()
    old, kept = today - timedelta(days=31), today - timedelta(days=30)
    for day in (old, kept):
        PageViewDay.objects.create(path="/", day=day, count=1)
        SearchDay.objects.create(query="x", day=day, count=1)
        ContactClickDay.objects.create(kind="phone", day=day, count=1)
        ReferrerDay.objects.create(domain="example.org", day=day, count=1)
    visit = VisitFactory(visited_on=old)

    out = _run("prune_monitoring")

    assert "pageviewday: 1 rows deleted" in out
    for model in (PageViewDay, SearchDay, ContactClickDay, ReferrerDay):
        assert list(model.objects.values_list("day", flat=True)) == [kept]
    assert visit.__class__.objects.filter(pk=visit.pk).exists()
    _run("prune_monitoring", "--days", "0")
    assert not PageViewDay.objects.exists()
