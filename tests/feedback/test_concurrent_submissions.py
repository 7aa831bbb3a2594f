"""Nothing a person submits is lost, even when many people submit at once: fifty threads
posting at the same moment to a real threaded server, on whichever database the tests use."""

import threading
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http import HTTPStatus
from urllib.parse import urlencode

import pytest

from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
from django.core.wsgi import get_wsgi_application

from feedback.models import Feedback, FeedbackSettings

SUBMISSIONS = 50


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


class Server(ThreadedWSGIServer):
    # Room for every connection at once, as a production server has; Django's default of
    # ten would refuse some of them before the site ever saw them.
    request_queue_size = SUBMISSIONS


@pytest.fixture
def server(transactional_db, django_db_serialized_rollback):
    """A threaded server in which each request thread has its own database connection, as
    in production (pytest-django's live_server shares one SQLite connection between them).

    The test commits for real, so the database is emptied afterwards; serialized rollback
    puts back what migrations created, for the tests that come after."""
    httpd = Server(("127.0.0.1", 0), QuietHandler)
    httpd.set_app(get_wsgi_application())
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_fifty_concurrent_submissions_make_exactly_fifty_rows(server, settings):
    # All fifty come from one address; here that is a test rig, not a flood.
    settings.PUBLIC_FORM_RATE_LIMIT = SUBMISSIONS * 2
    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    FeedbackSettings.load()  # as on any running site, the settings row already exists
    start = threading.Barrier(SUBMISSIONS)

    def submit(number: int) -> int:
        request = urllib.request.Request(  # noqa: S310 - the test's own http server
            f"{server}/feedback/",
            data=urlencode(
                {
                    "path": f"/services/page-{number}/",
                    "helpful": "no",
                    "what_went_wrong": f"Submission {number}",
                }
            ).encode(),
            headers={"Origin": server, "Accept": "application/json"},
        )
        start.wait()
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 - our server
            return response.status

    with ThreadPoolExecutor(max_workers=SUBMISSIONS) as pool:
        statuses = list(pool.map(submit, range(SUBMISSIONS)))

    assert statuses == [HTTPStatus.OK] * SUBMISSIONS
    assert Feedback.objects.count() == SUBMISSIONS
    assert set(Feedback.objects.values_list("what_went_wrong", flat=True)) == {
        f"Submission {number}" for number in range(SUBMISSIONS)
    }
