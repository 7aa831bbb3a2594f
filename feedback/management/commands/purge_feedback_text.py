from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from feedback.services import feedback_purge_text


class Command(BaseCommand):
    help = (
        "Blank the free text of feedback older than the retention period, keeping the rows "
        "so that counts by page, theme and status stay. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than-days",
            type=int,
            default=settings.FEEDBACK_TEXT_RETENTION_DAYS,
            help="Retention period in days (default: FEEDBACK_TEXT_RETENTION_DAYS, %(default)s).",
        )

    def handle(self, *args, older_than_days, **options):
        if older_than_days < 0:
            raise CommandError("--older-than-days cannot be negative.")
        count = feedback_purge_text(older_than_days=older_than_days)
        self.stdout.write(
            f"Blanked the text of {count} feedback item{'s' if count != 1 else ''} "
            f"older than {older_than_days} days."
        )
