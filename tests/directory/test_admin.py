"""The service editor in the Wagtail admin, through real HTTP."""

from http import HTTPStatus

import pytest

from wagtail.test.utils.form_data import rich_text

from directory.models import ServicePage
from tests.admin_forms import service_form
from tests.factories import OrganisationFactory, ServicePageFactory, make_site


@pytest.fixture
def directory_page(db):
    _home, directory = make_site()
    return directory


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "x"))
    return client


def test_the_service_form_is_organised_in_tabs_a_busy_editor_understands(
    editor_client, directory_page
):
    service = ServicePageFactory(parent=directory_page)

    response = editor_client.get(f"/admin/pages/{service.pk}/edit/")

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    for tab in ("content", "who_it_is_for", "access_and_cost", "locations_and_contacts", "review"):
        assert f'id="tab-label-{tab}"' in html


def test_an_editor_can_publish_a_new_service_that_the_search_then_finds(
    editor_client, directory_page
):
    organisation = OrganisationFactory(name="Northby Riding for the Disabled")
    form = service_form(
        title="Riding therapy",
        organisation=organisation,
        summary="Horse riding sessions for disabled children.",
        description=rich_text("<p>Sessions every Saturday morning.</p>"),
        min_age="4",
        max_age="16",
        cost="paid",
    )

    response = editor_client.post(
        f"/admin/pages/add/directory/servicepage/{directory_page.pk}/", form
    )

    assert response.status_code == HTTPStatus.FOUND
    assert ServicePage.objects.live().get().title == "Riding therapy"
    listing = editor_client.get("/services/?q=riding&age=8").content.decode()
    assert ">1 service</h2>" in listing
    assert "Riding therapy" in listing
