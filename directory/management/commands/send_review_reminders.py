from django.core.management.base import BaseCommand
from django.utils import timezone

from directory.services import review_reminders_send


class Command(BaseCommand):
    help = (
        "Email providers the listings due for review in the next 30 days, each with a link "
        "that confirms it is still accurate. Each listing is reminded once per review cycle, "
        "so this is safe to run daily."
    )

    def handle(self, *args, **options):
        reminders = review_reminders_send(today=timezone.localdate())
        self.stdout.write(f"Sent reminders for {len(reminders)} listing(s).")
