"""Suggest a change and add your service answer a successful post with a redirect, so
reloading the thank-you page sends nothing again."""

from http import HTTPStatus

import pytest

from django.core.cache import caches

from directory.models import ChangeRequest
from tests.factories import ServicePageFactory, make_site

SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver"}


@pytest.fixture
def directory_page(db):
    caches["shared"].clear()
    _home, directory = make_site()
    return directory


def test_suggest_a_change_can_be_reloaded_after_sending(client, directory_page):
    service = ServicePageFactory(parent=directory_page, title="Sensory play group")
    url = f"{service.url}suggest-a-change/"

    response = client.post(
        url, {"what_is_wrong": "It moved.", "suggestion": "Library"}, **SAME_ORIGIN
    )

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == f"{url}?sent=1"
    for _reload in range(2):
        assert "Thank you for your suggestion" in client.get(response["Location"]).content.decode()
    assert ChangeRequest.objects.count() == 1


def test_add_your_service_can_be_reloaded_after_sending(client, directory_page):
    url = "/services/add-your-service/"
    data = {"service_name": "Swim club", "organisation_name": "Swimmers", "suggestion": "Swim"}

    response = client.post(url, data, **SAME_ORIGIN)

    assert response.status_code == HTTPStatus.FOUND
    for _reload in range(2):
        assert client.get(response["Location"]).status_code == HTTPStatus.OK
    assert ChangeRequest.objects.count() == 1
