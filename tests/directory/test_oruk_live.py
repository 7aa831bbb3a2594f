"""The API over real HTTP, as a neighbouring council's system reads it: a live server, a
plain HTTP client, and the import walking the feed page by page."""

import io
import json
import urllib.request

import pytest

from django.core.management import call_command

from directory.models import ImportSource, ServicePage
from tests.directory.oruk import errors, full_service, page_errors
from tests.directory.test_transfer import snapshots
from tests.factories import make_site

# The live server reads what the test writes, so the test commits; the rollback puts back
# what migrations made (the root page, the default locale) for the tests after it.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def feed(live_server):
    _home, directory = make_site()
    for number in range(3):
        full_service(
            directory,
            title=f"Listing {number}",
            slug=f"listing-{number}",
            organisation_name=f"Organisation {number}",
        )
    return f"{live_server.url}/api/openreferral"


def fetch(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
        assert response.headers["Access-Control-Allow-Origin"] == "*"
        return json.loads(response.read())


def test_a_client_walks_the_feed_and_every_answer_validates(feed):
    assert fetch(f"{feed}/")["version"] == "HSDS-UK-3.0"
    page = fetch(f"{feed}/services?per_page=2&page=2")
    assert page_errors(page, "compiled/service_list.json") == []
    assert (page["total_items"], page["size"], page["last_page"]) == (3, 1, True)
    detail = fetch(f"{feed}/services/{page['contents'][0]['id']}")
    assert errors(detail, "compiled/service.json") == []


def test_importing_our_own_feed_updates_the_same_listings(feed):
    before = snapshots()
    out = io.StringIO()

    call_command("import_services", feed, publish=True, stdout=out, stderr=io.StringIO())

    assert "3 listings read" in out.getvalue()
    assert "0 were added, 3 were updated, 0 rejected." in out.getvalue()
    assert ServicePage.objects.count() == 3
    assert snapshots() == before
    source = ImportSource.objects.get()
    assert (source.name, source.listings_read, source.listings_rejected) == (feed, 3, 0)
