"""What a provider sees in the admin: their own listings with status and next check, counts
of their own listings only, and a reviewer's comment at the top of the edit form."""

from datetime import timedelta

import pytest

from django.utils import timezone

from roles.groups import EDITORS
from tests.directory.test_provider_workflow import act, login, submit
from tests.factories import ProviderMembershipFactory, ServicePageFactory, UserFactory, make_site

TODAY = timezone.localdate()


@pytest.fixture
def provider_site(db):
    _home, directory = make_site()
    membership = ProviderMembershipFactory(user__username="provider")
    own = [
        ServicePageFactory(
            parent=directory,
            organisation=membership.organisation,
            title=title,
            last_reviewed=TODAY - timedelta(days=days),
        )
        for title, days in (("Overdue club", 400), ("Soon club", 350), ("Fresh club", 10))
    ]
    others = [ServicePageFactory(parent=directory, title=f"Other {n}") for n in range(4)]
    return membership.user, own, others


def test_a_provider_s_dashboard_lists_their_own_listings_with_due_dates(client, provider_site):
    provider, own, others = provider_site
    login(client, provider)

    html = client.get("/admin/").content.decode()

    assert "Your listings" in html
    for listing in own:
        assert listing.title in html
        assert f"{listing.review_due:%-d %b %Y}" in html
    assert not any(other.title in html for other in others)
    assert "1 overdue for a check" in html and "1 due for a check soon" in html
    assert "3 listings" in html
    assert " Pages" not in html


def test_status_is_said_from_the_provider_s_side(client, provider_site):
    provider, own, _others = provider_site
    editor = UserFactory(groups=[EDITORS])
    submit(login(client, provider), own[0], summary="Changed.")
    submit(client, own[1], summary="Typo heer.")
    act(login(client, editor), own[1], action="reject")

    html = login(client, provider).get("/admin/").content.decode()

    assert "Waiting for the Local Offer team" in html
    assert "Changes asked for" in html
    assert "1 with changes asked for" in html and "1 waiting for a review" in html


def test_the_reviewer_s_comment_is_a_banner_on_the_edit_form(client, provider_site):
    provider, own, _others = provider_site
    editor = UserFactory(groups=[EDITORS], first_name="Sam", last_name="Team")
    submit(login(client, provider), own[0], summary="Typo heer.")
    act(login(client, editor), own[0], action="reject")

    html = login(client, provider).get(f"/admin/pages/{own[0].pk}/edit/").content.decode()

    assert "Changes asked for by Sam Team (Local Offer team review" in html
    assert "“Checked.”" in html


def test_editors_see_no_provider_panel(client, provider_site):
    login(client, UserFactory(groups=[EDITORS]))
    assert "Your listings" not in client.get("/admin/").content.decode()
