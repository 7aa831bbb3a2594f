from pathlib import Path

from tqdm import tqdm

from django.core.management.base import BaseCommand, CommandError

from directory.models import ImportSource
from directory.transfer import SourceError, import_rows, read_mapping, read_source


class Command(BaseCommand):
    help = (
        "Import listings from a CSV or XLSX made from the template, or from an Open Referral UK "
        "3.0 feed (a JSON file, or the feed's base address). Every row is checked first; rows "
        "with problems are reported by row and column and left out."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="A file, or an ORUK feed's base URL.")
        parser.add_argument(
            "--format",
            choices=[choice for choice, _label in ImportSource.Format.choices],
            help="csv (also for XLSX) or oruk; an http(s) source is always oruk.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Check and report only.")
        parser.add_argument(
            "--publish", action="store_true", help="Publish the listings (default: drafts)."
        )
        parser.add_argument(
            "--organisation",
            default="",
            help="The organisation for rows that name none (created if it does not exist).",
        )
        parser.add_argument(
            "--mapping",
            help="A CSV of vocabulary,value,term mapping the source's terms to the directory's.",
        )

    def handle(self, *args, source, format, dry_run, publish, organisation, mapping, **options):
        is_feed = source.startswith(("http://", "https://"))
        format = ImportSource.Format.ORUK if is_feed else format
        if format is None:
            format = "oruk" if source.lower().endswith(".json") else "csv"
        try:
            terms = read_mapping(Path(mapping).read_bytes()) if mapping else {}
            with tqdm(desc="Reading", unit=" listings", disable=not is_feed) as bar:
                rows = read_source(source, format=format, progress=bar.update)
            with tqdm(total=len(rows), desc="Importing", unit=" listings") as bar:
                report = import_rows(
                    rows,
                    source_name=source if is_feed else Path(source).name,
                    format=format,
                    publish=publish,
                    dry_run=dry_run,
                    organisation=organisation,
                    mapping=terms,
                    progress=bar.update,
                )
        except (SourceError, OSError) as error:
            raise CommandError(str(error)) from error
        for line in report.lines():
            self.stdout.write(line)
