import time

from django.core.management.base import BaseCommand

from directory.models import ServicePage
from localoffer.demo.loader import DEMO_USERS, load_demo_local_offer


class Command(BaseCommand):
    help = "Load the fictional Northby Local Offer, if the site has no home page yet."

    def handle(self, *args, **options):
        started = time.monotonic()
        if not load_demo_local_offer():
            self.stdout.write("The site already has content: the demo Local Offer was not loaded.")
            return
        seconds = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded the demo Northby Local Offer: {ServicePage.objects.count()} services "
                f"in {seconds:.1f} s."
            )
        )
        accounts = ", ".join(f"{username} / {password}" for username, password, _ in DEMO_USERS)
        self.stdout.write(f"Demo accounts for /admin/ (username / password): {accounts}")
