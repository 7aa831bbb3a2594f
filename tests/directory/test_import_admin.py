import io
from http import HTTPStatus

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import PageLogEntry

from directory.models import ImportSource, ServicePage
from directory.transfer import COLUMNS
from tests.directory.oruk import full_service
from tests.directory.test_transfer import csv_bytes
from tests.factories import make_site


@pytest.fixture
def directory_page(db):
    _home, directory = make_site()
    return directory


def test_an_editor_previews_an_upload_then_confirms_it(admin_client, directory_page):
    upload = SimpleUploadedFile(
        "listings.csv",
        csv_bytes({"id": "A1", "name": "Stay and play"}, {"id": "A2", "name": "", "max_age": "30"}),
        content_type="text/csv",
    )

    preview = admin_client.post("/admin/listings/import/", {"file": upload, "publish": "on"})

    assert preview.status_code == HTTPStatus.OK
    page = preview.content.decode()
    assert "1 to add, 0 to update, 1 rows left out" in page
    assert "must be from 0 to 25, not 30." in page
    assert not ServicePage.objects.exists()

    confirmed = admin_client.post(
        "/admin/listings/import/confirm/",
        {key: value for key, value in preview.context["confirm"].initial.items() if value},
    )

    assert confirmed.status_code == HTTPStatus.FOUND
    assert ServicePage.objects.get().title == "Stay and play"
    assert ServicePage.objects.get().live
    source = ImportSource.objects.get()
    assert (source.name, source.listings_read, source.listings_rejected) == ("listings.csv", 2, 1)
    health = admin_client.get(f"/admin/import_sources/inspect/{source.pk}/")
    assert "must be from 0 to 25" in health.content.decode()


def test_a_file_that_is_not_a_spreadsheet_is_refused_with_a_message(admin_client, directory_page):
    upload = SimpleUploadedFile("notes.txt", b"hello", content_type="text/plain")

    response = admin_client.post("/admin/listings/import/", {"file": upload})

    assert "Choose a CSV or XLSX file." in response.content.decode()


def test_the_directory_downloads_in_the_templates_columns(admin_client, directory_page):
    full_service(directory_page)

    response = admin_client.get("/admin/listings/export/csv/")

    assert response.status_code == HTTPStatus.OK
    assert response.content.decode().startswith("id,name,organisation,")
    assert "Speech and language drop-in" in response.content.decode()


def test_people_without_the_permission_cannot_import(client, directory_page, django_user_model):
    user = django_user_model.objects.create_user("editor", password="pw")
    client.force_login(user)

    assert client.get("/admin/listings/import/").status_code != HTTPStatus.OK


def xlsx_bytes(*rows: dict) -> bytes:
    """A workbook as a spreadsheet program saves one from the template."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(COLUMNS))
    for row in rows:
        row = {"organisation": "Northby Council", **row}
        sheet.append([row.get(column) for column in COLUMNS])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_an_editor_previews_an_xlsx_upload_with_its_problems_then_confirms_it(
    admin_client, directory_page
):
    upload = SimpleUploadedFile(
        "listings.xlsx",
        xlsx_bytes(
            {"id": "X1", "name": "Stay and play", "summary": "Play.", "min_age": 0},
            {"id": "X2", "name": "Swim club", "summary": "Swimming.", "max_age": 12},
            {
                "id": "X3",
                "name": "Drop-in",
                "summary": "Advice.",
                "venue_1_name": "Hall",
                "venue_1_address": "1 Road",
                "venue_1_postcode": "not a postcode",
            },
        ),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )

    preview = admin_client.post("/admin/listings/import/", {"file": upload, "publish": "on"})

    assert preview.status_code == HTTPStatus.OK
    page = preview.content.decode()
    assert "2 to add, 0 to update, 1 rows left out" in page
    assert "venue_1_postcode" in page and "is not a UK postcode." in page
    assert not ServicePage.objects.exists()

    confirmed = admin_client.post(
        "/admin/listings/import/confirm/",
        {key: value for key, value in preview.context["confirm"].initial.items() if value},
    )

    assert confirmed.status_code == HTTPStatus.FOUND
    services = ServicePage.objects.order_by("title")
    assert [(service.title, service.live) for service in services] == [
        ("Stay and play", True),
        ("Swim club", True),
    ]
    assert services.get(title="Swim club").max_age == 12
    entry = PageLogEntry.objects.get(page=services[0], action="directory.import")
    assert entry.data == {"source": "listings.xlsx"}
    assert entry.user.username == "admin"
    assert admin_client.get(services[0].url).status_code == HTTPStatus.OK
