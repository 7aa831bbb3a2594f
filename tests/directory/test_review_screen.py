"""The read-only review screen: reviewers see what changed field by field and approve or ask
for changes there, without the edit form; others cannot reach it."""

from http import HTTPStatus

import pytest

from directory.models import ServicePage
from roles.groups import EDITORS, FORUM, STEERING_GROUP
from tests.directory.test_provider_workflow import act, current_task, login, submit
from tests.factories import ProviderMembershipFactory, ServicePageFactory, UserFactory, make_site


@pytest.fixture
def at_the_forum(client, db):
    """A listing the forum must check, changed by its provider and approved by the team."""
    _home, directory = make_site()
    membership = ProviderMembershipFactory(user__username="provider")
    listing = ServicePageFactory(
        parent=directory,
        organisation=membership.organisation,
        needs_forum_check=True,
        summary="Short breaks for disabled children.",
    )
    listing.save_revision().publish()
    submit(login(client, membership.user), listing, summary="Short breaks for teenagers.")
    act(login(client, UserFactory(groups=[EDITORS])), listing)
    assert current_task(listing) == "Parent carer forum check"
    client.logout()
    return listing, membership.user


def review_url(listing) -> str:
    return f"/admin/listings/{listing.pk}/review/"


def test_the_forum_sees_the_changes_marked_and_approves_with_a_confirmation(client, at_the_forum):
    listing, _provider = at_the_forum
    forum = UserFactory(groups=[FORUM])
    login(client, forum)

    dashboard = client.get("/admin/").content.decode()
    assert review_url(listing) in dashboard
    assert f"/admin/pages/{listing.pk}/edit/" not in dashboard
    html = client.get(review_url(listing)).content.decode()
    assert "Short breaks for <del" in html or "<del>" in html or "deletion" in html
    assert "teenagers" in html and "Checked." in html
    assert f"/admin/pages/{listing.pk}/edit/" not in html
    assert "Cancel workflow" not in html

    response = client.post(f"{review_url(listing)}act/", {"action": "approve"}, follow=True)

    page = response.content.decode()
    assert "approved" in page and "Nothing else is waiting for your check." in page
    listing = ServicePage.objects.get(pk=listing.pk)
    assert listing.live and listing.summary == "Short breaks for teenagers."
    assert listing.reviews.filter(user=forum).exists()


def test_asking_for_changes_needs_a_comment(client, at_the_forum):
    listing, _provider = at_the_forum
    login(client, UserFactory(groups=[FORUM]))

    refused = client.post(f"{review_url(listing)}act/", {"action": "reject"}, follow=True)
    assert "Say what needs to change" in refused.content.decode()
    assert current_task(listing) == "Parent carer forum check"

    client.post(f"{review_url(listing)}act/", {"action": "reject", "comment": "Say the ages."})
    assert ServicePage.objects.get(pk=listing.pk).current_workflow_state.status == "needs_changes"


@pytest.mark.parametrize("who", ["provider", "editor", "steering", "anonymous"])
def test_only_the_step_s_reviewers_reach_the_screen(client, at_the_forum, who):
    listing, provider = at_the_forum
    users = {
        "provider": provider,
        "editor": UserFactory(groups=[EDITORS]),
        "steering": UserFactory(groups=[STEERING_GROUP]),
    }
    if who in users:
        login(client, users[who])

    for response in (
        client.get(review_url(listing)),
        client.post(f"{review_url(listing)}act/", {"action": "approve"}),
    ):
        assert response.status_code in (HTTPStatus.FORBIDDEN, HTTPStatus.FOUND)
    assert current_task(listing) == "Parent carer forum check"


def test_nonsense_input_is_refused_without_an_error_page(client, at_the_forum):
    listing, _provider = at_the_forum
    login(client, UserFactory(groups=[FORUM]))
    response = client.post(f"{review_url(listing)}act/", {"action": "publish"})
    assert response.status_code == HTTPStatus.FOUND
    assert current_task(listing) == "Parent carer forum check"
    assert client.get("/admin/listings/999999/review/").status_code == HTTPStatus.NOT_FOUND
