"""A click on a service's contact link is counted from the directory's `contact_clicked`: once
per kind and day, never a bot's or staff's. Where the link goes is tested in tests/directory."""

from http import HTTPStatus

import pytest

from monitoring.models import ContactClickDay
from tests.factories import ServicePageFactory


@pytest.fixture
def service(site):
    _home, directory = site
    return ServicePageFactory(
        parent=directory,
        phone="(01632) 960 123",
        email="team@northby.example",
        website="https://speech.northby.example/families",
    )


def _clicks() -> dict[str, int]:
    return dict(ContactClickDay.objects.values_list("kind", "count"))


@pytest.mark.parametrize(
    ("kind", "target"),
    [
        ("phone", "tel:01632960123"),
        ("email", "mailto:team@northby.example"),
        ("website", "https://speech.northby.example/families"),
    ],
)
def test_each_contact_link_is_counted_and_goes_to_the_services_own_contact(
    service, visitor, kind, target
):
    response = visitor.get(f"/services/{service.pk}/contact/{kind}/")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == target
    assert "no-cache" in response["Cache-Control"]
    assert _clicks() == {kind: 1}
    assert ContactClickDay.objects.get().service_id == service.pk


def test_bots_and_staff_follow_the_link_without_being_counted(service, client, admin_user):
    response = client.get(f"/services/{service.pk}/contact/phone/", HTTP_USER_AGENT="Googlebot/2.1")
    assert response.status_code == HTTPStatus.FOUND
    client.force_login(admin_user)
    client.get(f"/services/{service.pk}/contact/phone/", HTTP_USER_AGENT="Mozilla/5.0 Firefox")
    assert _clicks() == {}
