"""Suggest a change and add your service keep what people send, cleaned: never a 500 when
redaction makes it longer than its column, never a control character."""

from http import HTTPStatus

import pytest

from django.core.cache import caches

from directory.models import ChangeRequest
from directory.services import change_request_submit
from public_forms.text import SHORTENED_MARK
from tests.factories import make_site

SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver"}


@pytest.fixture
def directory_page(db):
    caches["shared"].clear()
    _home, directory = make_site()
    return directory


def test_a_service_name_made_too_long_by_redaction_is_kept_shortened(client, directory_page):
    name = ("Ring 07700900123 " * 20)[:250]
    response = client.post(
        "/services/add-your-service/",
        {"service_name": name, "organisation_name": "Northby\x0bCouncil", "suggestion": "Play"},
        **SAME_ORIGIN,
    )
    assert response.status_code == HTTPStatus.FOUND
    request = ChangeRequest.objects.get()
    assert len(request.service_name) <= 255
    assert request.service_name.endswith(SHORTENED_MARK)
    assert "07700900123" not in request.service_name
    assert request.organisation_name == "Northby\nCouncil"


def test_a_change_request_typed_in_by_staff_is_redacted_too(directory_page):
    request = change_request_submit(
        service=None,
        service_name="Play club",
        suggestion="Call jane at example dot com on 07700 900123\x00",
    )
    assert request.suggestion == "Call [email address removed] on [phone number removed]"
