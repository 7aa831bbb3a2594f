import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from demo.bench import SIZES, run, serve_pages_and_measure_memory
from pages.models import HomePage


class Command(BaseCommand):
    help = (
        "Measure search latency on each backend (and Elasticsearch when ELASTICSEARCH_URL is "
        "set) at growing numbers of services, beside the floor measured in the same run, and "
        "the pages families open most. Needs an empty database of its own: `make bench` "
        "makes one."
    )

    def add_arguments(self, parser):
        parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
        parser.add_argument(
            "--results",
            type=Path,
            default=Path(".bench/results.json"),
            help="Where to write every figure as JSON rows (default: .bench/results.json).",
        )
        parser.add_argument(
            "--again",
            action="store_true",
            help="Measure again on a database an earlier run filled (after a change to the "
            "code), adding services only where a size needs more.",
        )
        parser.add_argument(
            "--memory",
            action="store_true",
            help="Serve the pages once and print this process's peak resident MB (the bench "
            "runs this in a process of its own).",
        )

    def handle(self, *, sizes, results, again, memory, **options):
        if memory:
            self.stdout.write(f"{serve_pages_and_measure_memory():.1f}")
            return
        if HomePage.objects.exists() and not again:
            raise CommandError(
                "The benchmark adds tens of thousands of services: give it an empty database."
            )
        rows = run(self.stdout.write, tuple(sorted(sizes)), relevance=not again)
        results.parent.mkdir(parents=True, exist_ok=True)
        results.write_text(json.dumps(rows, indent=1) + "\n")
        self.stdout.write(f"Every figure, as JSON: {results}")
