from django.core.management.base import BaseCommand, CommandError

from demo.bench import SIZES, run
from localoffer.models import HomePage


class Command(BaseCommand):
    help = (
        "Measure search latency on each backend (and Elasticsearch when ELASTICSEARCH_URL is "
        "set) at growing numbers of services, beside the floor measured in the same run. "
        "Needs an empty database of its own: `make bench` makes one."
    )

    def add_arguments(self, parser):
        parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))

    def handle(self, *, sizes, **options):
        if HomePage.objects.exists():
            raise CommandError(
                "The benchmark adds tens of thousands of services: give it an empty database."
            )
        run(self.stdout.write, tuple(sorted(sizes)))
