"""Suggest a change, add your service: from the public form to the editor's draft."""

from http import HTTPStatus

import pytest

from django.core.cache import cache

from wagtail.models import Comment

from directory.models import ChangeRequest, ServicePage
from roles.groups import EDITORS, PROVIDERS
from tests.factories import ChangeRequestFactory, ServicePageFactory, UserFactory, make_site

SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver"}


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def directory_page(db):
    _home, directory = make_site()
    return directory


@pytest.fixture
def service(directory_page):
    return ServicePageFactory(parent=directory_page, title="Sensory play group")


@pytest.fixture
def editor_client(client, db):
    client.force_login(UserFactory(groups=[EDITORS]))
    return client


def suggest(client, service, **fields):
    data = {"what_is_wrong": "It moved.", "suggestion": "Now at the library."} | fields
    # Followed to the thank-you page the redirect after the post leads to.
    return client.post(f"{service.url}suggest-a-change/", data, **SAME_ORIGIN, follow=True)


def test_every_service_page_links_to_suggest_a_change(client, service):
    html = client.get(service.url).content.decode()

    assert f'href="{service.url}suggest-a-change/"' in html
    assert "Suggest a change to this service" in html


def test_the_form_sets_no_cookie_and_asks_only_what_it_needs(client, service):
    response = client.get(f"{service.url}suggest-a-change/")

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert not response.cookies
    for name in ("what_is_wrong", "suggestion", "contact_email", "contact_consent", "homepage"):
        assert f'name="{name}"' in html


def test_a_suggestion_becomes_a_redacted_change_request(client, service):
    response = suggest(
        client,
        service,
        what_is_wrong="Call 07700 900123 or write to jo@example.org, LS1 4AP.",
        contact_name="Jo",
        contact_email="jo@example.org",
        contact_consent="on",
    )

    change_request = ChangeRequest.objects.get()
    assert response.status_code == HTTPStatus.OK
    assert "Thank you for your suggestion" in response.content.decode()
    assert change_request.service.specific == service
    assert "07700" not in change_request.what_is_wrong
    assert "jo@example.org" not in change_request.what_is_wrong
    assert "LS1 4AP" not in change_request.what_is_wrong
    # Given with consent, to be contacted: kept as given.
    assert (change_request.contact_email, change_request.contact_consent) == (
        "jo@example.org",
        True,
    )


def test_an_email_without_consent_is_refused_not_stored(client, service):
    response = suggest(client, service, contact_email="jo@example.org")

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Tick the box if we can contact you" in response.content.decode()
    assert not ChangeRequest.objects.exists()


def test_an_empty_form_explains_what_is_missing(client, service):
    response = suggest(client, service, what_is_wrong="", suggestion="")

    html = response.content.decode()
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "There is a problem" in html
    assert 'href="#what_is_wrong"' in html


def test_a_bot_is_thanked_and_ignored(client, service):
    response = suggest(client, service, homepage="http://spam.example")

    assert response.status_code == HTTPStatus.OK
    assert not ChangeRequest.objects.exists()


def test_a_post_from_another_site_is_refused(client, service):
    response = client.post(
        f"{service.url}suggest-a-change/",
        {"what_is_wrong": "x", "suggestion": "y"},
        HTTP_ORIGIN="https://evil.example",
    )

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert not ChangeRequest.objects.exists()


def test_only_live_services_take_suggestions(client, service, directory_page):
    draft = ServicePageFactory(parent=directory_page, live=False)

    assert client.get(f"{draft.url_path[len('/home') :]}suggest-a-change/").status_code == (
        HTTPStatus.NOT_FOUND
    )
    assert client.get("/services/no-such-service/suggest-a-change/").status_code == (
        HTTPStatus.NOT_FOUND
    )


def test_add_your_service_creates_a_request_for_a_new_listing(client, directory_page):
    directory_html = client.get("/services/").content.decode()
    response = client.post(
        "/services/add-your-service/",
        {
            "service_name": "Tuesday swim club",
            "organisation_name": "Northby Swimmers",
            "suggestion": "Swimming for disabled children aged 5 to 11.",
        },
        **SAME_ORIGIN,
        follow=True,
    )

    change_request = ChangeRequest.objects.get()
    assert 'href="/services/add-your-service/"' in directory_html
    assert response.status_code == HTTPStatus.OK
    assert change_request.is_new_service
    assert change_request.service is None


def test_the_editor_sees_the_suggestion_beside_the_listing(editor_client, service):
    change_request = ChangeRequestFactory(service=service, suggestion="Now at the library.")

    queue = editor_client.get("/admin/change-requests/")
    response = editor_client.get(f"/admin/change-requests/inspect/{change_request.pk}/")

    html = response.content.decode()
    assert f'href="/admin/change-requests/inspect/{change_request.pk}/"' in queue.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "Now at the library." in html
    assert service.summary in html
    assert "Open a draft with this suggestion" in html


def test_one_click_opens_a_draft_revision_carrying_the_suggestion(editor_client, service):
    change_request = ChangeRequestFactory(service=service, suggestion="Now at the library.")
    revisions_before = service.revisions.count()

    response = editor_client.post(f"/admin/change-requests/open-draft/{change_request.pk}/")

    change_request.refresh_from_db()
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == f"/admin/pages/{service.pk}/edit/"
    assert service.revisions.count() == revisions_before + 1
    assert change_request.draft_revision == service.revisions.latest("created_at")
    comment = Comment.objects.get(page=service)
    assert "Now at the library." in comment.text
    editor_page = editor_client.get(response["Location"]).content.decode()
    assert "Now at the library." in editor_page


def test_a_new_service_request_opens_an_unpublished_listing(editor_client, directory_page):
    change_request = ChangeRequestFactory(
        service_name="Tuesday swim club", what_is_wrong="", suggestion="Swimming."
    )
    organisation = ServicePageFactory(parent=directory_page).organisation

    response = editor_client.post(
        f"/admin/change-requests/open-draft/{change_request.pk}/",
        {"organisation": organisation.pk},
    )

    listing = ServicePage.objects.get(title="Tuesday swim club")
    assert response["Location"] == f"/admin/pages/{listing.pk}/edit/"
    assert not listing.live
    assert listing.organisation == organisation


def test_closing_records_the_outcome_and_forgets_the_contact(editor_client, service):
    editor = UserFactory(groups=[EDITORS])
    editor_client.force_login(editor)
    change_request = ChangeRequestFactory(
        service=service, contact_email="jo@example.org", contact_consent=True
    )

    editor_client.post(
        f"/admin/change-requests/close/{change_request.pk}/",
        {"outcome": "changed", "note": "Updated the venue."},
    )

    change_request.refresh_from_db()
    assert change_request.status == ChangeRequest.Status.CLOSED
    assert (change_request.outcome, change_request.closed_by) == ("changed", editor)
    assert change_request.closed_at is not None
    assert change_request.contact_email == ""


def test_providers_cannot_reach_the_queue(client, service):
    client.force_login(UserFactory(groups=[PROVIDERS]))
    change_request = ChangeRequestFactory(service=service)
    revisions = service.revisions.count()

    responses = [
        client.get("/admin/change-requests/"),
        client.post(f"/admin/change-requests/open-draft/{change_request.pk}/"),
    ]

    assert all(r.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN) for r in responses)
    assert service.revisions.count() == revisions
