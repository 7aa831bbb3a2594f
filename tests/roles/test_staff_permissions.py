"""Who may publish, approve and see what, as each role's people find it in the admin over
real HTTP."""

import re
from http import HTTPStatus

import pytest

from django.test import Client

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from directory.models import CheckedBy, ServicePage
from pages.models import InformationPage
from roles.groups import ANALYSTS, EDITORS, FORUM, PROVIDERS, STEERING_GROUP
from tests.factories import (
    GlossaryTermFactory,
    ServicePageFactory,
    SynonymFactory,
    UserFactory,
)

GLOSSARY = "/admin/snippets/search/glossaryterm/"
SYNONYMS = "/admin/snippets/search/synonym/"


def logged_in(client, *groups: str):
    user = UserFactory(groups=list(groups))
    client.force_login(user)
    return user


def information_page_form(title: str, action: str) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "summary": "",
            "body": streamfield([("paragraph", rich_text("<p>What happens next.</p>"))]),
            action: action,
        }
    )


def test_an_editor_publishes_a_new_information_page_in_one_step(client, site):
    home, _directory = site
    logged_in(client, EDITORS)
    add_url = f"/admin/pages/add/pages/informationpage/{home.pk}/"

    assert 'name="action-publish"' in client.get(add_url).content.decode()
    response = client.post(add_url, information_page_form("Short breaks", "action-publish"))

    assert response.status_code == HTTPStatus.FOUND
    page = InformationPage.objects.get(slug="short-breaks")
    assert page.live and not page.has_unpublished_changes


def test_a_page_submitted_for_approval_waits_on_editors_who_exist(client, site):
    home, _directory = site
    author = logged_in(client, EDITORS)
    client.post(
        f"/admin/pages/add/pages/informationpage/{home.pk}/",
        information_page_form("Transport", "action-submit"),
    )
    page = Page.objects.get(slug="transport")
    state = page.current_workflow_state
    assert state is not None

    approvers = state.current_task_state.task.specific.groups.values_list("name", flat=True)
    assert EDITORS in approvers
    assert author.groups.filter(name__in=approvers).exists()


@pytest.mark.parametrize("group", [PROVIDERS, FORUM, STEERING_GROUP, ANALYSTS])
def test_nobody_else_may_publish_information_pages(client, site, group):
    home, _directory = site
    logged_in(client, group)
    response = client.post(
        f"/admin/pages/add/pages/informationpage/{home.pk}/",
        information_page_form("Not theirs", "action-publish"),
    )
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert not InformationPage.objects.filter(slug="not-theirs", live=True).exists()


def test_editors_manage_the_glossary_and_synonyms(client, db):
    logged_in(client, EDITORS)
    term, synonym = GlossaryTermFactory(term="EHCP"), SynonymFactory(terms="short break, respite")

    assert "Search vocabulary" in client.get("/admin/").content.decode()
    for url in (GLOSSARY, f"{GLOSSARY}edit/{term.pk}/", SYNONYMS, f"{SYNONYMS}add/"):
        assert client.get(url).status_code == HTTPStatus.OK, url
    assert client.get(f"{SYNONYMS}edit/{synonym.pk}/").status_code == HTTPStatus.OK


@pytest.mark.parametrize("group", [PROVIDERS, FORUM, ANALYSTS])
def test_other_roles_cannot_change_the_search_vocabulary(client, db, group):
    logged_in(client, group)
    for url in (GLOSSARY, SYNONYMS):
        assert client.get(url).status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN), url


def test_an_editor_confirms_a_listing_still_accurate_in_one_click(site):
    _home, directory = site
    # As a browser does it: the button's form carries its CSRF token.
    client = Client(enforce_csrf_checks=True)
    editor = logged_in(client, EDITORS)
    service = ServicePageFactory(parent=directory, last_reviewed=None)
    revisions = service.revisions.count()
    report = "/admin/reports/listings-due/"
    html = client.get(report).content.decode()
    confirm_url = f"/admin/listings/{service.pk}/confirm/"
    form = re.search(rf'action="{confirm_url}".*?</form>', html, re.S).group(0)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)

    response = client.post(confirm_url, {"next": report, "csrfmiddlewaretoken": token}, follow=True)

    assert response.redirect_chain[-1][0] == report
    assert "confirmed still accurate" in response.content.decode()
    service.refresh_from_db()
    review = service.reviews.get()
    assert (review.user, review.checked_by) == (editor, CheckedBy.TEAM)
    assert service.review_due > service.last_reviewed
    # No draft, no workflow.
    assert service.revisions.count() == revisions
    assert service.current_workflow_state is None


def test_confirming_goes_back_only_to_this_site(client, site):
    _home, directory = site
    logged_in(client, EDITORS)
    service = ServicePageFactory(parent=directory)
    response = client.post(
        f"/admin/listings/{service.pk}/confirm/", {"next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/reports/listings-due/"


@pytest.mark.parametrize("group", [PROVIDERS, FORUM, STEERING_GROUP, ANALYSTS])
def test_only_the_local_offer_team_confirms_listings_from_the_admin(client, site, group):
    _home, directory = site
    logged_in(client, group)
    service = ServicePageFactory(parent=directory)
    response = client.post(f"/admin/listings/{service.pk}/confirm/")
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert not ServicePage.objects.get(pk=service.pk).reviews.exists()


def test_confirming_needs_a_post(client, site):
    _home, directory = site
    logged_in(client, EDITORS)
    service = ServicePageFactory(parent=directory)
    response = client.get(f"/admin/listings/{service.pk}/confirm/")
    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED
