"""/services/<id>/contact/<kind>/ counts a click and goes only where the service says."""

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


def test_the_target_is_never_taken_from_the_request(service, visitor):
    for query in ("?next=https://evil.example", "?url=//evil.example", "?website=javascript:x"):
        response = visitor.get(f"/services/{service.pk}/contact/website/{query}")
        assert response["Location"] == "https://speech.northby.example/families"
    response = visitor.get(f"/services/{service.pk}/contact/https:%2F%2Fevil.example/")
    assert response.status_code == HTTPStatus.NOT_FOUND


@pytest.mark.parametrize("kind", ["fax", "title", "url_path", "pk", "website.evil"])
def test_an_unknown_kind_is_not_found(service, visitor, kind):
    assert visitor.get(f"/services/{service.pk}/contact/{kind}/").status_code == 404
    assert _clicks() == {}


def test_a_contact_the_service_does_not_have_is_not_found(site, visitor):
    _home, directory = site
    service = ServicePageFactory(parent=directory, phone="", email="", website="")
    for kind in ("phone", "email", "website"):
        response = visitor.get(f"/services/{service.pk}/contact/{kind}/")
        assert response.status_code == HTTPStatus.NOT_FOUND
    assert _clicks() == {}


def test_unpublished_and_unknown_services_are_not_found(service, visitor):
    service.unpublish()
    assert visitor.get(f"/services/{service.pk}/contact/phone/").status_code == 404
    assert visitor.get("/services/999999/contact/phone/").status_code == 404
    # A page that is not a service, like the site's root.
    assert visitor.get("/services/1/contact/phone/").status_code == 404


def test_only_get_is_allowed(service, visitor):
    response = visitor.post(f"/services/{service.pk}/contact/phone/")
    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_bots_and_staff_follow_the_link_without_being_counted(service, client, admin_user):
    response = client.get(f"/services/{service.pk}/contact/phone/", HTTP_USER_AGENT="Googlebot/2.1")
    assert response.status_code == HTTPStatus.FOUND
    client.force_login(admin_user)
    client.get(f"/services/{service.pk}/contact/phone/", HTTP_USER_AGENT="Mozilla/5.0 Firefox")
    assert _clicks() == {}


def test_the_service_page_links_go_through_the_counter(service, visitor):
    html = visitor.get(service.url).content.decode()
    for kind in ("phone", "email", "website"):
        assert f'href="/services/{service.pk}/contact/{kind}/"' in html
    assert 'href="https://speech.northby.example/families"' not in html
