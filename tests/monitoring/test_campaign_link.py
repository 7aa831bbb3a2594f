"""Mystery shopping as staff set it up: the campaign's secret link, built from the address the
site was reached on, readable and selectable without JavaScript, with a copy button that
JavaScript reveals; scenarios named in full."""

import re
from http import HTTPStatus

import pytest

from tests.factories import MysteryShopCampaignFactory, ScenarioFactory, VisitFactory

CAMPAIGNS = "/admin/snippets/monitoring/mysteryshopcampaign/"


@pytest.fixture
def campaign(db):
    return MysteryShopCampaignFactory(name="Spring 2026")


@pytest.mark.parametrize("screen", ["list", "edit"])
def test_the_link_uses_the_sites_own_address_not_the_admin_setting(
    client, site, steering_member, campaign, settings, screen
):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    client.force_login(steering_member)
    url = CAMPAIGNS if screen == "list" else f"{CAMPAIGNS}edit/{campaign.pk}/"

    response = client.get(url, HTTP_HOST="localhost", secure=True)

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    link = f"https://localhost/mystery-shopping/{campaign.token}/"
    field = re.search(r"<input[^>]*volunteer-link-[^>]*>", html).group(0)
    assert "readonly" in field and f'value="{link}"' in field
    assert "127.0.0.1:8000" not in html
    # Without JavaScript the button stays hidden (it could not copy); Wagtail's own
    # controllers reveal it and copy, so no script of ours runs on the page.
    button = re.search(r"<button[^>]*w-clipboard#copy[^>]*>", html).group(0)
    assert "w-hidden" in button and 'data-w-init-remove-class="w-hidden"' in button


def test_a_new_campaign_says_where_its_link_will_be(client, site, steering_member):
    client.force_login(steering_member)
    html = client.get(f"{CAMPAIGNS}add/").content.decode()
    assert "The link appears here once the campaign is saved." in html


def test_the_visits_list_names_each_scenario_in_full(client, site, steering_member):
    task = "Find a speech and language service for a six-year-old in the north of the area"
    VisitFactory(scenario=ScenarioFactory(persona="Parent of a six-year-old", task=task))
    client.force_login(steering_member)

    html = client.get("/admin/snippets/monitoring/visit/").content.decode()

    assert f"Parent of a six-year-old: {task}" in html
