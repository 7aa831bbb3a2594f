"""Providers and the parent carer forum co-produce listings through the listing workflow:
tested through real HTTP in the admin, as real users in the groups the migrations set up."""

from http import HTTPStatus

import pytest

from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils.form_data import rich_text

from directory.models import CheckedBy, ListingReview, ServicePage
from roles.groups import EDITORS, FORUM
from tests.factories import (
    OrganisationFactory,
    ProviderMembershipFactory,
    ServicePageFactory,
    UserFactory,
    make_site,
)


@pytest.fixture
def directory_page(db):
    _home, directory = make_site()
    return directory


@pytest.fixture
def listings(directory_page):
    """Two providers, each with one listing."""
    a = ProviderMembershipFactory(user__username="provider-a")
    b = ProviderMembershipFactory(user__username="provider-b")
    return {
        "a": (a.user, ServicePageFactory(parent=directory_page, organisation=a.organisation)),
        "b": (b.user, ServicePageFactory(parent=directory_page, organisation=b.organisation)),
    }


def login(client, user):
    client.force_login(user)
    return client


def edit_form(service: ServicePage, **changes) -> dict:
    form = {
        "title": service.title,
        "slug": service.slug,
        "organisation": service.organisation_id,
        "status": service.status,
        "summary": service.summary,
        "description": rich_text("<p>What the service offers.</p>"),
        "eligibility": '{"blocks": [], "entityMap": {}}',
        "how_to_access": '{"blocks": [], "entityMap": {}}',
        "min_age": service.min_age,
        "max_age": service.max_age,
        "cost": service.cost,
        "review_interval_months": service.review_interval_months,
    }
    for relation in ("locations", "contacts", "schedules", "comments"):
        form |= {
            f"{relation}-TOTAL_FORMS": "0",
            f"{relation}-INITIAL_FORMS": "0",
            f"{relation}-MIN_NUM_FORMS": "0",
            f"{relation}-MAX_NUM_FORMS": "1000",
        }
    return form | changes


def submit(client, service, **changes):
    return client.post(
        f"/admin/pages/{service.pk}/edit/", edit_form(service, **changes, **{"action-submit": "1"})
    )


def act(client, service, action="approve"):
    state = TaskState.objects.filter(
        workflow_state__object_id=str(service.pk), status=TaskState.STATUS_IN_PROGRESS
    ).get()
    return client.post(
        f"/admin/pages/workflow/action/{service.pk}/{action}/{state.pk}/", {"comment": "Checked."}
    )


def current_task(service) -> str | None:
    state = WorkflowState.objects.filter(
        object_id=str(service.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).first()
    return state.current_task_state.task.name if state else None


@pytest.mark.parametrize(
    "url",
    [
        "/admin/pages/{pk}/edit/",
        "/admin/pages/{pk}/revisions/",
        "/admin/pages/{pk}/history/",
        "/admin/pages/{pk}/delete/",
        "/admin/pages/{pk}/copy/",
    ],
)
def test_a_provider_cannot_open_another_providers_listing(client, listings, url):
    provider_a, _ = listings["a"]
    _, listing_b = listings["b"]

    response = login(client, provider_a).get(url.format(pk=listing_b.pk))

    assert response.status_code in (HTTPStatus.FORBIDDEN, HTTPStatus.NOT_FOUND)


def test_a_provider_cannot_change_another_providers_listing(client, listings):
    provider_a, _ = listings["a"]
    _, listing_b = listings["b"]

    response = submit(login(client, provider_a), listing_b, title="Taken over")

    assert response.status_code in (HTTPStatus.FORBIDDEN, HTTPStatus.NOT_FOUND)
    assert ServicePage.objects.get(pk=listing_b.pk).get_latest_revision_as_object().title != (
        "Taken over"
    )


def test_a_provider_sees_only_their_own_listings_in_the_directory(client, listings, directory_page):
    provider_a, listing_a = listings["a"]
    _, listing_b = listings["b"]

    response = login(client, provider_a).get(f"/admin/pages/{directory_page.pk}/")

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert listing_a.title in html
    assert listing_b.title not in html


def test_a_provider_can_edit_their_listing_but_not_publish_it(client, listings):
    provider_a, listing_a = listings["a"]
    client = login(client, provider_a)

    assert client.get(f"/admin/pages/{listing_a.pk}/edit/").status_code == HTTPStatus.OK
    client.post(
        f"/admin/pages/{listing_a.pk}/edit/",
        edit_form(listing_a, summary="New summary.", **{"action-publish": "1"}),
    )

    listing_a.refresh_from_db()
    assert listing_a.summary != "New summary."
    assert listing_a.get_latest_revision_as_object().summary == "New summary."
    assert current_task(listing_a) is None


def test_a_provider_cannot_change_the_review_settings(client, listings):
    provider_a, listing_a = listings["a"]

    html = login(client, provider_a).get(f"/admin/pages/{listing_a.pk}/edit/").content.decode()

    assert 'name="needs_forum_check"' not in html
    assert 'name="review_interval_months"' not in html


def test_a_provider_adds_services_only_for_their_own_organisations(
    client, listings, directory_page
):
    provider_a, listing_a = listings["a"]
    _, listing_b = listings["b"]
    client = login(client, provider_a)
    add_url = f"/admin/pages/add/directory/servicepage/{directory_page.pk}/"

    form_page = client.get(add_url)
    form = edit_form(listing_a, title="New group", slug="new-group", **{"action-submit": "1"})
    refused = client.post(add_url, form | {"organisation": listing_b.organisation_id})
    accepted = client.post(add_url, form)

    assert form_page.status_code == HTTPStatus.OK
    assert listing_a.organisation.name in form_page.content.decode()
    assert listing_b.organisation.name not in form_page.content.decode()
    assert refused.status_code == HTTPStatus.OK  # the form again, with an error
    assert accepted.status_code == HTTPStatus.FOUND
    new = ServicePage.objects.get(slug="new-group")
    assert not new.live
    assert current_task(new) == "Local Offer team review"


def test_a_submitted_listing_is_published_when_the_local_offer_team_approves(client, listings):
    provider_a, listing_a = listings["a"]
    editor = UserFactory(groups=[EDITORS])

    submitted = submit(login(client, provider_a), listing_a, summary="Now on Saturdays too.")
    assert submitted.status_code == HTTPStatus.FOUND
    assert current_task(listing_a) == "Local Offer team review"
    refused = act(client, listing_a)
    approved = act(login(client, editor), listing_a)

    listing_a.refresh_from_db()
    assert refused.status_code in (HTTPStatus.FORBIDDEN, HTTPStatus.FOUND)
    assert approved.status_code in (HTTPStatus.OK, HTTPStatus.FOUND)
    assert listing_a.summary == "Now on Saturdays too."
    assert current_task(listing_a) is None
    review = ListingReview.objects.get(service=listing_a)
    assert (review.checked_by, review.user) == (CheckedBy.TEAM, editor)
    assert listing_a.last_reviewed == review.on
    assert not listing_a.is_forum_checked()
    public = client.get(listing_a.url).content.decode()
    assert "by the Local Offer team" in public


def test_a_listing_that_needs_the_forum_waits_for_the_forum_after_the_team(client, listings):
    provider_a, listing_a = listings["a"]
    ServicePage.objects.filter(pk=listing_a.pk).update(needs_forum_check=True)
    listing_a.refresh_from_db()
    listing_a.save_revision().publish()
    editor = UserFactory(groups=[EDITORS])
    forum = UserFactory(groups=[FORUM])

    submit(login(client, provider_a), listing_a, summary="Checked by parents.")
    act(login(client, editor), listing_a)
    assert current_task(listing_a) == "Parent carer forum check"
    editor_refused = act(client, listing_a)
    assert current_task(listing_a) == "Parent carer forum check"
    act(login(client, forum), listing_a)

    listing_a.refresh_from_db()
    assert editor_refused.status_code in (HTTPStatus.FORBIDDEN, HTTPStatus.FOUND)
    assert listing_a.summary == "Checked by parents."
    assert [r.checked_by for r in listing_a.reviews.all()] == [CheckedBy.FORUM, CheckedBy.TEAM]
    assert listing_a.is_forum_checked()
    public = client.get(listing_a.url).content.decode()
    assert "Checked with the parent carer forum" in public
    assert "by the parent carer forum" in public


def test_the_team_can_ask_a_provider_for_changes_and_the_provider_sees_why(client, listings):
    provider_a, listing_a = listings["a"]
    editor = UserFactory(groups=[EDITORS])

    submit(login(client, provider_a), listing_a, summary="Typo heer.")
    act(login(client, editor), listing_a, action="reject")
    history = login(client, provider_a).get(f"/admin/pages/{listing_a.pk}/workflow_history/")

    listing_a.refresh_from_db()
    assert listing_a.summary != "Typo heer."
    assert history.status_code == HTTPStatus.OK
    detail = WorkflowState.objects.get(object_id=str(listing_a.pk))
    assert detail.status == WorkflowState.STATUS_NEEDS_CHANGES
    state_page = client.get(
        f"/admin/pages/{listing_a.pk}/workflow_history/detail/{detail.pk}/"
    ).content.decode()
    assert "Checked." in state_page


def test_an_organisation_without_providers_is_untouched_by_the_narrowing(client, listings):
    editor = UserFactory(groups=[EDITORS])
    _, listing_b = listings["b"]
    other = OrganisationFactory()

    response = login(client, editor).get(f"/admin/pages/{listing_b.pk}/edit/")

    assert response.status_code == HTTPStatus.OK
    assert other.name in response.content.decode()


def test_editors_manage_which_organisations_a_provider_works_for(client, listings):
    provider_a, listing_a = listings["a"]
    editor = UserFactory(groups=[EDITORS])

    response = login(client, editor).get("/admin/snippets/directory/providermembership/")

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert provider_a.username in html
    assert listing_a.organisation.name in html
