import csv
import json
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from monitoring.selectors import KPI_KEYS, Period, kpi_summary


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"{value!r} is not a date like 2025-04-01.") from error


class Command(BaseCommand):
    help = "Print every KPI for a period (both dates included) as JSON or CSV."

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="start", required=True, help="YYYY-MM-DD")
        parser.add_argument("--to", dest="end", required=True, help="YYYY-MM-DD")
        parser.add_argument("--format", choices=["json", "csv"], default="json")

    def handle(self, *args, start, end, format, **options):
        try:
            period = Period(_day(start), _day(end))
        except ValueError as error:
            raise CommandError(str(error)) from error
        kpis = kpi_summary(period=period)
        if format == "json":
            report = {"from": period.start.isoformat(), "to": period.end.isoformat(), **kpis}
            self.stdout.write(json.dumps(report, indent=2))
            return
        # One row per figure; the statuses of You Said, We Did each get a row of their own,
        # so every cell is a single value a spreadsheet can add up.
        writer = csv.writer(self.stdout)
        writer.writerow(["kpi", "value"])
        for key in KPI_KEYS:
            value = kpis[key]
            if isinstance(value, dict):
                writer.writerows([f"{key}.{name}", count] for name, count in value.items())
            else:
                writer.writerow([key, "" if value is None else value])
