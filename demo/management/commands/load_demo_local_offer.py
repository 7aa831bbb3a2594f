import time

from django.core.management.base import BaseCommand

from demo.loader import DEMO_USERS, load_demo_local_offer
from directory.models import ServicePage
from search.backends.base import SearchUnavailable
from search.engine import rebuild_index


class Command(BaseCommand):
    help = "Load the fictional Northby Local Offer, if the site has no home page yet."

    def handle(self, *args, **options):
        started = time.monotonic()
        if not load_demo_local_offer():
            self.stdout.write("The site already has content: the demo Local Offer was not loaded.")
            return
        try:
            rebuild_index()
        except SearchUnavailable as error:
            self.stderr.write(
                f"The search index could not be built ({error}): the site searches with the "
                "database until `manage.py rebuild_search_index` succeeds."
            )
        seconds = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded the demo Northby Local Offer: {ServicePage.objects.count()} services "
                f"in {seconds:.1f} s."
            )
        )
        accounts = ", ".join(f"{username} / {password}" for username, password, _ in DEMO_USERS)
        self.stdout.write(f"Demo accounts for /admin/ (username / password): {accounts}")
