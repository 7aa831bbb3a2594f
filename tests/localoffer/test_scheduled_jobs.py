"""`run_scheduled_jobs` runs every regular job, scheduled publishing first."""

import io
from datetime import timedelta

from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone

from feedback.models import Feedback
from monitoring.models import PageViewDay
from tests.factories import ServicePageFactory, make_site


def test_one_command_publishes_scheduled_pages_purges_prunes_and_clears_sessions(db, settings):
    _home, directory = make_site()
    service = ServicePageFactory(parent=directory)
    service.unpublish()
    service.go_live_at = timezone.now() + timedelta(hours=1)
    revision = service.save_revision()
    revision.publish()  # scheduled for an hour from now
    service.refresh_from_db()
    assert not service.live
    # The hour has passed.
    past = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    old = timezone.now() - timedelta(days=settings.FEEDBACK_TEXT_RETENTION_DAYS + 1)
    feedback = Feedback.objects.create(what_went_wrong="Old words", created_at=old)
    PageViewDay.objects.create(
        path="/", day=timezone.localdate() - timedelta(days=settings.MONITORING_KEEP_DAYS + 1)
    )
    Session.objects.create(
        session_key="expired", session_data="", expire_date=timezone.now() - timedelta(days=1)
    )
    Session.objects.create(
        session_key="current", session_data="", expire_date=timezone.now() + timedelta(days=1)
    )
    out = io.StringIO()

    call_command("run_scheduled_jobs", stdout=out)

    assert "Scheduled jobs done." in out.getvalue()
    service.refresh_from_db()
    assert service.live
    feedback.refresh_from_db()
    assert feedback.what_went_wrong == ""
    assert not PageViewDay.objects.exists()
    assert list(Session.objects.values_list("session_key", flat=True)) == ["current"]
