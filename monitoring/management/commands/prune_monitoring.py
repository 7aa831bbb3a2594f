from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from monitoring.services import monitoring_prune


class Command(BaseCommand):
    help = "Delete daily page view, search, contact click and referrer counts older than N days."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.MONITORING_KEEP_DAYS,
            help="Keep this many days of counts (default: MONITORING_KEEP_DAYS).",
        )

    def handle(self, *args, days, **options):
        deleted = monitoring_prune(today=timezone.localdate(), keep_days=days)
        for name, count in deleted.items():
            self.stdout.write(f"{name}: {count} rows deleted")
