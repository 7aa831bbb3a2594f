import sys

from django.core.management.base import BaseCommand

from directory.api.mapping import SERVICE_RELATIONS
from directory.api.selectors import public_services
from directory.transfer import export_csv, export_oruk, export_xlsx


class Command(BaseCommand):
    help = (
        "Write every live listing as CSV or XLSX (the import template's columns) or as Open "
        "Referral UK JSON: the open-data download, and what import_services reads back."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["csv", "xlsx", "oruk"], default="csv")
        parser.add_argument("--output", "-o", help="A file to write (default: standard output).")

    def handle(self, *args, format, output, **options):
        services = public_services().prefetch_related(*SERVICE_RELATIONS).order_by("title", "pk")
        if format == "xlsx":
            if not output:
                self.stderr.write("XLSX needs --output FILE.")
                return
            with open(output, "wb") as out:
                export_xlsx(services.iterator(chunk_size=500), out)
            return
        writer = export_csv if format == "csv" else export_oruk
        if output:
            with open(output, "w", newline="", encoding="utf-8") as out:
                writer(services.iterator(chunk_size=500), out)
        else:
            writer(services.iterator(chunk_size=500), sys.stdout)
