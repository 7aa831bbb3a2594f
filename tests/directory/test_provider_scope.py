"""A service provider sees nothing in the admin of another organisation's listing that is not
published: every admin URL Wagtail and the project register is asked, as a provider would,
about the other organisation's draft."""

import re
from http import HTTPStatus

import pytest

from django.urls import URLPattern, URLResolver, get_resolver

from wagtail.models import Page

from tests.factories import ProviderMembershipFactory, ServicePageFactory, UserFactory, make_site

DRAFT_TITLE = "Inclusive climbing sessions not yet published"
OWN_TITLE = "Quiet swimming hour"
# Values for the string parts of admin URLs: each names the page models where it can.
WORDS = {
    "app_label": "wagtailcore",
    "model_name": "page",
    "content_type_app_name": "directory",
    "content_type_model_name": "servicepage",
    "action": "delete",
    "action_name": "approve",
}
# Wagtail's page that fails on purpose, for checking error reporting.
DELIBERATE_ERRORS = {"admin/error_test/", "admin/failwhale/"}
CONVERTER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")


def admin_routes(resolver=None, prefix="") -> list[str]:
    """Every admin route with `<converter:name>` parts, regular-expression ones left out."""
    routes = []
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if "^" in str(entry.pattern) or "(?P" in str(entry.pattern):
            continue
        if isinstance(entry, URLResolver):
            routes += admin_routes(entry, route)
        elif isinstance(entry, URLPattern) and route.startswith("admin/"):
            if route in DELIBERATE_ERRORS:
                continue
            routes.append(route)
    return routes


def fill(route: str, page_id: int) -> str:
    def value(match: re.Match) -> str:
        if match["converter"] == "int":
            return str(page_id)
        return WORDS.get(match["name"], "x")

    return "/" + CONVERTER.sub(value, route)


@pytest.fixture
def scene(db):
    """A provider with a draft of their own, and another organisation's never-published
    draft with a revision and its history."""
    _home, directory = make_site()
    membership = ProviderMembershipFactory(user__username="provider")
    own = ServicePageFactory(
        parent=directory, organisation=membership.organisation, live=False, title=OWN_TITLE
    )
    own.save_revision(user=membership.user, log_action=True)
    other = ServicePageFactory(parent=directory, live=False, title="Climbing")
    other.title = DRAFT_TITLE
    other.save_revision(user=UserFactory(username="other-provider"), log_action=True)
    return membership.user, own, other


def test_no_admin_url_shows_a_provider_another_organisations_draft(client, scene):
    provider, own, other = scene
    client.force_login(provider)
    # A page id in the path names the other organisation's draft, or the provider's own
    # listing or the root with the draft in the query (a bulk action's `id`, a move's
    # destination listing); a route with no id is asked once.
    ids = [other.pk, own.pk, Page.get_first_root_node().pk]
    seen = []
    for route in admin_routes():
        urls = {fill(route, page_id) for page_id in ids}
        for url in sorted(urls):
            response = client.get(url, {"q": "climbing", "id": other.pk}, follow=True)
            assert response.status_code != HTTPStatus.INTERNAL_SERVER_ERROR, url
            body = response.content.decode(errors="replace")
            if "climbing sessions" in body.lower():
                seen.append(url)
    assert seen == [], seen


def test_a_provider_still_finds_their_own_draft(client, scene):
    provider, own, _other = scene
    client.force_login(provider)

    search = client.get("/admin/pages/search/", {"q": "swimming"})
    chooser = client.get("/admin/choose-page/search/", {"q": "swimming"})

    assert OWN_TITLE in search.content.decode()
    assert OWN_TITLE in chooser.content.decode()
    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == HTTPStatus.OK
