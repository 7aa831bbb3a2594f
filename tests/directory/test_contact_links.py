"""/services/<id>/contact/<kind>/ goes only where the service says, and says it was followed
(`contact_clicked`); what listens is not the directory's business."""

from http import HTTPStatus

import pytest

from directory.signals import contact_clicked
from tests.factories import ServicePageFactory, make_site


@pytest.fixture
def service(db):
    _home, directory = make_site()
    return ServicePageFactory(
        parent=directory,
        phone="(01632) 960 123",
        email="team@northby.example",
        website="https://speech.northby.example/families",
    )


@pytest.fixture
def clicks():
    """The (service id, kind) of each `contact_clicked` sent while the test runs."""
    sent = []

    def receiver(sender, *, service, kind, request, **kwargs):
        sent.append((service.pk, kind))

    contact_clicked.connect(receiver, dispatch_uid="tests.contact_clicked")
    yield sent
    contact_clicked.disconnect(dispatch_uid="tests.contact_clicked")


@pytest.mark.parametrize(
    ("kind", "target"),
    [
        ("phone", "tel:01632960123"),
        ("email", "mailto:team@northby.example"),
        ("website", "https://speech.northby.example/families"),
    ],
)
def test_each_contact_link_goes_to_the_services_own_contact_and_is_announced(
    service, client, clicks, kind, target
):
    response = client.get(f"/services/{service.pk}/contact/{kind}/")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == target
    assert "no-cache" in response["Cache-Control"]
    assert clicks == [(service.pk, kind)]


def test_the_target_is_never_taken_from_the_request(service, client):
    for query in ("?next=https://evil.example", "?url=//evil.example", "?website=javascript:x"):
        response = client.get(f"/services/{service.pk}/contact/website/{query}")
        assert response["Location"] == "https://speech.northby.example/families"
    response = client.get(f"/services/{service.pk}/contact/https:%2F%2Fevil.example/")
    assert response.status_code == HTTPStatus.NOT_FOUND


@pytest.mark.parametrize("kind", ["fax", "title", "url_path", "pk", "website.evil"])
def test_an_unknown_kind_is_not_found_nor_announced(service, client, clicks, kind):
    assert client.get(f"/services/{service.pk}/contact/{kind}/").status_code == 404
    assert clicks == []


def test_a_contact_the_service_does_not_have_is_not_found(service, client, clicks):
    empty = ServicePageFactory(parent=service.get_parent(), phone="", email="", website="")
    for kind in ("phone", "email", "website"):
        response = client.get(f"/services/{empty.pk}/contact/{kind}/")
        assert response.status_code == HTTPStatus.NOT_FOUND
    assert clicks == []


def test_unpublished_and_unknown_services_are_not_found(service, client):
    service.unpublish()
    assert client.get(f"/services/{service.pk}/contact/phone/").status_code == 404
    assert client.get("/services/999999/contact/phone/").status_code == 404
    # A page that is not a service, like the site's root.
    assert client.get("/services/1/contact/phone/").status_code == 404


def test_only_get_is_allowed(service, client, clicks):
    response = client.post(f"/services/{service.pk}/contact/phone/")
    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert clicks == []


def test_the_service_page_links_go_through_the_redirect(service, client):
    html = client.get(service.url).content.decode()
    for kind in ("phone", "email", "website"):
        assert f'href="/services/{service.pk}/contact/{kind}/"' in html
    assert 'href="https://speech.northby.example/families"' not in html
