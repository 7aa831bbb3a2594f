from tqdm import tqdm

from django.core.management import BaseCommand, CommandError, call_command

from search.backends.base import SearchUnavailable
from search.catalogue import get_catalogue
from search.engine import database_backend, get_backend, rebuild_index


class Command(BaseCommand):
    help = (
        "Rebuild the directory's search index. With Elasticsearch the new index is built "
        "beside the old one, which keeps answering searches until the switch."
    )

    def handle(self, **options):
        backend = get_backend()
        if backend is database_backend():
            call_command("update_index", stdout=self.stdout, stderr=self.stderr)
            return
        total = get_catalogue().searchable().count()
        try:
            with tqdm(total=total, unit=" services", file=self.stderr, ascii=True) as progress:
                indexed = rebuild_index(progress=progress.update)
        except SearchUnavailable as error:
            raise CommandError(f"{backend.name} could not be rebuilt: {error}") from error
        self.stdout.write(self.style.SUCCESS(f"Indexed {indexed} services in {backend.name}."))
