"""Everything that must run regularly, in one command for cron (see README, "Deploy")."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

# In the order they run. Each is safe to run as often as wanted: a job with nothing to do
# does nothing (reminders go once per listing and due date).
JOBS = (
    # Wagtail's go-live and expiry dates: without this, scheduled pages never change.
    ("publish_scheduled", "publish and unpublish scheduled pages"),
    ("purge_feedback_text", "blank old feedback text"),
    ("prune_monitoring", "delete old daily counts"),
    ("send_review_reminders", "remind providers of listings due for review"),
    # Staff sign-ins are kept in the database, which never deletes an expired one itself.
    ("clearsessions", "delete expired sign-in sessions"),
)


class Command(BaseCommand):
    help = "Run the scheduled jobs: " + "; ".join(summary for _, summary in JOBS) + "."

    def handle(self, *args, **options):
        failed = []
        for name, summary in JOBS:
            self.stdout.write(f"{name}: {summary}")
            try:
                call_command(name, stdout=self.stdout, stderr=self.stderr)
            except Exception as error:  # noqa: BLE001 - one failing job must not stop the rest
                failed.append(name)
                self.stderr.write(f"{name} failed: {error!r}")
        if failed:
            raise SystemExit(f"Scheduled jobs failed: {', '.join(failed)}")
        self.stdout.write(self.style.SUCCESS("Scheduled jobs done."))
