import csv
import io
import json
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import PageLogEntry

from directory import transfer
from directory.api.mapping import SERVICE_RELATIONS, plain_text
from directory.api.selectors import public_services
from directory.models import ImportedListing, ImportSource, Organisation, ServicePage
from directory.transfer import COLUMNS, SourceError, import_rows, read_csv
from search.engine import search_services
from search.query import ServiceQuery
from tests.directory.oruk import full_service
from tests.factories import NeedTypeFactory, UserFactory, make_site


@pytest.fixture
def directory_page(db):
    _home, directory = make_site()
    return directory


def snapshot(service: ServicePage) -> dict:
    """What a family reads in a listing, to compare before and after a round trip."""
    return {
        "id": str(service.oruk_id),
        "title": service.title,
        "organisation": service.organisation.name,
        "status": service.status,
        "summary": service.summary,
        "description": plain_text(service.description),
        "ages": (service.min_age, service.max_age),
        "cost": (service.cost, service.cost_detail),
        "eligibility": plain_text(service.eligibility),
        "how_to_access": plain_text(service.how_to_access),
        "contact": (service.phone, service.email, service.website),
        "terms": {
            key: sorted(term.name for term in getattr(service, key).all())
            for key in (
                "needs",
                "categories",
                "support_levels",
                "delivery_methods",
                "referral_routes",
                "areas",
                "times",
                "accessibility_features",
                "languages",
            )
        },
        "locations": [
            (
                v.name,
                v.address_lines,
                v.postcode,
                v.area_id,
                v.latitude,
                v.longitude,
                v.accessibility,
            )
            for v in service.locations.all()
        ],
        "contacts": [(c.name, c.role, c.phone, c.email) for c in service.contacts.all()],
        "schedules": [
            (s.weekday, s.opens_at, s.closes_at, s.note) for s in service.schedules.all()
        ],
        "opening_times_note": service.opening_times_note,
        "last_reviewed": service.last_reviewed,
    }


def snapshots() -> list[dict]:
    services = public_services().prefetch_related(*SERVICE_RELATIONS).order_by("title")
    return [snapshot(service) for service in services]


def two_listings(directory):
    full_service(directory)
    full_service(
        directory, title="Youth club", slug="youth-club", organisation_name="Northby Youth"
    )


def empty_the_directory():
    for service in ServicePage.objects.all():
        service.delete()
    Organisation.objects.all().delete()


def csv_bytes(*rows: dict, encoding="utf-8") -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({"organisation": "Northby Council", "summary": "A service.", **row})
    return out.getvalue().encode(encoding)


def import_csv(data: bytes, **kwargs):
    return import_rows(read_csv(data), source_name="listings.csv", format="csv", **kwargs)


@pytest.mark.parametrize(
    ("format", "extension"), [("csv", "csv"), ("xlsx", "xlsx"), ("oruk", "json")]
)
def test_export_then_import_into_an_empty_directory_gives_the_same_listings(
    directory_page, tmp_path, format, extension
):
    two_listings(directory_page)
    before = snapshots()
    exported = tmp_path / f"listings.{extension}"
    call_command("export_services", format=format, output=str(exported))
    empty_the_directory()

    out = io.StringIO()
    call_command(
        "import_services",
        str(exported),
        format="oruk" if format == "oruk" else "csv",
        publish=True,
        stdout=out,
    )

    assert snapshots() == before, out.getvalue()


def test_a_second_import_updates_instead_of_adding(directory_page):
    data = csv_bytes(
        {"id": "A1", "name": "Stay and play", "summary": "Play sessions."},
        {"id": "A2", "name": "Holiday club", "summary": "Days out."},
    )
    import_csv(data, publish=True)
    in_review = ServicePage.objects.get(title="Holiday club")
    in_review.get_workflow().start(in_review, UserFactory())

    report = import_csv(
        csv_bytes(
            {"id": "A1", "name": "Stay and play", "summary": "Play and stories."},
            {"id": "A2", "name": "Holiday club", "summary": "Days out and trips."},
        ),
        publish=True,
    )

    assert (len(report.created), len(report.updated)) == (0, 2)
    assert ImportedListing.objects.count() == ServicePage.objects.count() == 2
    for service in ServicePage.objects.all():
        assert service.live and not service.has_unpublished_changes
        assert service.revisions.count() == 2
        actions = [
            entry.action for entry in PageLogEntry.objects.filter(page=service).order_by("pk")
        ]
        assert actions.count("directory.import") == 2 and actions[-1] == "wagtail.publish"
    # Publishing through Wagtail ends the review the listing was in.
    assert "wagtail.workflow.cancel" in PageLogEntry.objects.filter(page=in_review).values_list(
        "action", flat=True
    )
    assert ServicePage.objects.get(title="Stay and play").summary == "Play and stories."
    assert ServicePage.objects.get(title="Holiday club").summary == "Days out and trips."
    found = search_services(ServiceQuery(text="stories"), record=False)
    assert [hit.page.title for hit in found.hits] == ["Stay and play"]


def test_a_second_import_without_publishing_leaves_drafts(directory_page):
    import_csv(csv_bytes({"id": "A1", "name": "Stay and play", "summary": "Play."}), publish=True)

    import_csv(csv_bytes({"id": "A1", "name": "Stay and play", "summary": "Stories."}))

    service = ServicePage.objects.get()
    assert service.summary == "Play." and service.has_unpublished_changes
    assert service.get_latest_revision_as_object().summary == "Stories."


def test_a_listing_gone_from_the_source_is_reported_not_deleted(directory_page):
    import_csv(csv_bytes({"id": "A1", "name": "One"}, {"id": "A2", "name": "Two"}))

    report = import_csv(csv_bytes({"id": "A1", "name": "One"}))

    assert report.missing == ["A2"]
    assert ServicePage.objects.count() == 2


def test_imports_are_drafts_unless_published_and_say_where_they_came_from(directory_page):
    import_csv(csv_bytes({"id": "A1", "name": "Draft one"}))

    service = ServicePage.objects.get()
    assert not service.live
    entry = PageLogEntry.objects.get(page=service, action="directory.import")
    assert entry.message == "Imported from listings.csv"
    assert entry.revision_id == service.latest_revision_id


def test_a_dry_run_writes_nothing(directory_page):
    report = import_csv(csv_bytes({"id": "A1", "name": "One"}), dry_run=True)

    assert report.created == ["One"]
    assert not ServicePage.objects.exists()
    assert not ImportSource.objects.exists()


@pytest.mark.parametrize(
    ("row", "field", "message"),
    [
        ({"name": ""}, "name", "is required"),
        ({"max_age": "30"}, "max_age", "from 0 to 25"),
        ({"needs": "ZZZ"}, "needs", "not a known term"),
        (
            {"venue_1_name": "Hub", "venue_1_address": "1 Road", "venue_1_postcode": "NB1"},
            "venue_1_postcode",
            "not a UK postcode",
        ),
        ({"email": "nobody"}, "email", "not an email address"),
        ({"phone": "call us"}, "phone", "not a phone number"),
        ({"description": "x" * 5_000_000}, "description", "at most"),
        ({"opening_times": "Someday 9-5"}, "opening_times", "is not like"),
    ],
)
def test_a_bad_row_is_reported_by_row_and_field_and_left_out(directory_page, row, field, message):
    report = import_csv(
        csv_bytes({"id": "good", "name": "Good"}, {"id": "bad", "name": "Bad", **row})
    )

    assert report.created == ["Good"]
    assert report.rejected_rows == [2]
    [problem] = [p for p in report.problems if p.field == field]
    assert problem.row == 2
    assert message in problem.message
    assert list(ServicePage.objects.values_list("title", flat=True)) == ["Good"]


def test_a_duplicated_id_is_refused(directory_page):
    report = import_csv(csv_bytes({"id": "A1", "name": "One"}, {"id": "A1", "name": "Again"}))

    assert [(p.row, p.field) for p in report.problems] == [(2, "id")]
    assert list(ServicePage.objects.values_list("title", flat=True)) == ["One"]


def test_an_unknown_need_is_listed_and_a_mapping_file_maps_it(directory_page):
    autism = NeedTypeFactory(code="ASD", name="Autism")
    data = csv_bytes({"id": "A1", "name": "One", "needs": "Autistic spectrum"})

    report = import_csv(data, dry_run=True)
    assert report.unmapped == {("needs", "Autistic spectrum"): 1}

    import_csv(data, mapping=transfer.read_mapping(b"needs,autistic spectrum,ASD\n"))
    service = ServicePage.objects.get().get_latest_revision_as_object()
    assert list(service.needs.all()) == [autism]


def test_windows_1252_and_byte_order_marks_are_read(directory_page):
    import_csv(csv_bytes({"id": "A1", "name": "Café club", "cost_detail": "£3"}, encoding="cp1252"))
    import_csv(b"\xef\xbb\xbf" + csv_bytes({"id": "A2", "name": "Naïve art"}))

    names = sorted(service.title for service in ServicePage.objects.all())
    assert names == ["Café club", "Naïve art"]
    assert (
        ServicePage.objects.get(title="Café club").get_latest_revision_as_object().cost_detail
        == "£3"
    )


def test_a_file_without_the_template_header_is_refused_whole(directory_page):
    with pytest.raises(SourceError):
        read_csv(b"just some text\nand more\n")


def test_the_command_reports_problems_and_a_missing_file(directory_page, tmp_path):
    source = tmp_path / "listings.csv"
    source.write_bytes(csv_bytes({"id": "A1", "name": "One", "min_age": "-3"}))
    out = io.StringIO()

    call_command("import_services", str(source), stdout=out)

    assert "row 1 (One), min_age: must be from 0 to 25, not -3." in out.getvalue()
    with pytest.raises(CommandError):
        call_command("import_services", str(tmp_path / "missing.csv"), stdout=io.StringIO())


class HangingFeed(BaseHTTPRequestHandler):
    """An ORUK feed whose second page never answers."""

    def do_GET(self):
        if "page=2" in self.path:
            time.sleep(3)
            return
        body = {
            "total_items": 2,
            "total_pages": 2,
            "page_number": 1,
            "size": 1,
            "first_page": True,
            "last_page": False,
            "empty": False,
            "contents": [{"id": "11111111-1111-4111-8111-111111111111", "name": "One"}],
        }
        if "/services/" in self.path:
            body = {
                "id": "11111111-1111-4111-8111-111111111111",
                "name": "One",
                "status": "active",
                "organization": {"id": "x", "name": "Org", "description": ""},
            }
        data = json.dumps(body).encode()
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def test_a_feed_that_times_out_halfway_imports_nothing(directory_page, monkeypatch):
    server = ThreadingHTTPServer(("127.0.0.1", 0), HangingFeed)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setattr(transfer, "FETCH_TIMEOUT_SECONDS", 0.5)
    try:
        with pytest.raises(CommandError, match="Nothing was imported"):
            call_command(
                "import_services",
                f"http://127.0.0.1:{server.server_port}/api",
                stdout=io.StringIO(),
                stderr=io.StringIO(),
            )
    finally:
        server.shutdown()
    assert not ServicePage.objects.exists()


def test_the_template_has_the_import_columns_and_an_example_that_passes_the_checks(db):
    template = (
        Path(__file__).resolve().parents[2] / "directory/static/directory/listings-template.csv"
    )
    rows = read_csv(template.read_bytes())

    assert list(rows[0]) == list(COLUMNS)
    _listings, problems, _unmapped = transfer.check_rows(rows, vocabularies=transfer.Vocabularies())
    # Only the terms are unknown here: a site has its own vocabulary.
    assert all("is not a known" in problem.message for problem in problems)


def test_text_a_spreadsheet_would_run_is_exported_inert_and_comes_back(directory_page, tmp_path):
    full_service(directory_page, title='=HYPERLINK("http://evil.example")')
    exported = tmp_path / "listings.csv"

    call_command("export_services", format="csv", output=str(exported))

    [row] = read_csv(exported.read_bytes())
    assert exported.read_text().splitlines()[1].split(",")[1].startswith("\"'=HYPERLINK")
    assert row["name"] == '=HYPERLINK("http://evil.example")'
