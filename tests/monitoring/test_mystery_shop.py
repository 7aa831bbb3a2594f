"""Mystery-shop visits: the volunteers' form behind a campaign's secret link."""

from datetime import timedelta
from http import HTTPStatus

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone

from monitoring.models import MysteryShopCampaign, PageViewDay, Visit
from tests.factories import MysteryShopCampaignFactory, ScenarioFactory, VisitFactory

ORIGIN = {"HTTP_ORIGIN": "http://testserver"}


@pytest.fixture
def scenario(db):
    return ScenarioFactory(
        persona="Parent of a six-year-old",
        task="Find a speech and language service in the north of the area",
        target_minutes=5,
    )


@pytest.fixture
def campaign(site, scenario):
    return MysteryShopCampaignFactory(scenarios=[scenario])


def _url(campaign: MysteryShopCampaign) -> str:
    return f"/mystery-shopping/{campaign.token}/"


def _answers(scenario, **changes) -> dict:
    return {
        "scenario": str(scenario.pk) if scenario else "",
        "shopper_type": "forum_volunteer",
        "device": "phone",
        "assistive_technology": "Screen magnifier",
        "outcome": "found",
        "minutes_taken": "4",
        "ease": "4",
        "information_accurate": "yes",
        "accessibility_problems": "",
        "comments": "",
        **changes,
    }


def test_a_volunteer_records_a_visit_without_an_account(campaign, scenario, visitor):
    response = visitor.get(_url(campaign))
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert "Find a speech and language service in the north of the area" in html
    assert not response.cookies

    response = visitor.post(
        _url(campaign),
        _answers(scenario, comments="I rang 07700 900123 and they were lovely"),
        **ORIGIN,
    )
    assert response.status_code == HTTPStatus.FOUND
    assert not response.cookies
    thanks = visitor.get(response["Location"])
    assert "Visit recorded" in thanks.content.decode()
    assert not thanks.cookies
    visit = Visit.objects.get()
    assert (visit.campaign, visit.scenario, visit.visited_on) == (
        campaign,
        scenario,
        timezone.localdate(),
    )
    assert visit.shopper_type == "forum_volunteer" and visit.assistive_technology
    assert visit.comments == "I rang [phone number removed] and they were lovely"
    assert visit.is_positive


def test_the_date_of_the_visit_can_be_given(campaign, scenario, client):
    yesterday = timezone.localdate() - timedelta(days=1)
    answers = _answers(
        scenario,
        visit_day=str(yesterday.day),
        visit_month=str(yesterday.month),
        visit_year=str(yesterday.year),
    )
    client.post(_url(campaign), answers, **ORIGIN)
    assert Visit.objects.get().visited_on == yesterday


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"outcome": ""}, "Select whether you found what you were looking for"),
        ({"minutes_taken": "five"}, "Enter the minutes as a number, like 5"),
        ({"visit_day": "31", "visit_month": "2", "visit_year": "2025"}, "Enter a real date"),
        ({"visit_day": "1", "visit_month": "1", "visit_year": "2100"}, "today or earlier"),
        ({"visit_day": "1"}, "Enter the date of your visit"),
        ({"scenario": "999999"}, "Select a valid choice"),
        ({"scenario": ""}, "Select the task you tried"),
    ],
)
def test_mistakes_are_explained_and_nothing_is_saved(campaign, scenario, client, changes, message):
    answers = {**_answers(scenario), **changes}
    response = client.post(_url(campaign), answers, **ORIGIN)
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert "There is a problem" in html and message in html
    assert not Visit.objects.exists()


def test_a_scenario_of_another_campaign_is_refused(campaign, scenario, client):
    other = ScenarioFactory()
    client.post(_url(campaign), _answers(other), **ORIGIN)
    assert not Visit.objects.exists()


def test_a_wrong_or_expired_link_is_not_found(campaign, client):
    assert client.get("/mystery-shopping/not-the-token/").status_code == HTTPStatus.NOT_FOUND
    today = timezone.localdate()
    for starts, ends in [
        (today - timedelta(days=30), today - timedelta(days=1)),
        (today + timedelta(days=1), today + timedelta(days=30)),
    ]:
        MysteryShopCampaign.objects.filter(pk=campaign.pk).update(starts_on=starts, ends_on=ends)
        assert client.get(_url(campaign)).status_code == HTTPStatus.NOT_FOUND
        response = client.post(_url(campaign), {}, **ORIGIN)
        assert response.status_code == HTTPStatus.NOT_FOUND


def test_the_link_is_open_on_its_first_and_last_days(campaign, client):
    today = timezone.localdate()
    for starts, ends in [(today, today + timedelta(days=3)), (today - timedelta(days=3), today)]:
        MysteryShopCampaign.objects.filter(pk=campaign.pk).update(starts_on=starts, ends_on=ends)
        assert client.get(_url(campaign)).status_code == HTTPStatus.OK


def test_the_public_form_defences_apply(campaign, scenario, client):
    response = client.post(
        _url(campaign), _answers(scenario), HTTP_ORIGIN="https://elsewhere.example"
    )
    assert response.status_code == HTTPStatus.FORBIDDEN
    response = client.post(_url(campaign), _answers(scenario, homepage="spam"), **ORIGIN)
    # A bot is thanked like a person, and nothing is saved.
    assert response.status_code == HTTPStatus.FOUND
    assert not Visit.objects.exists()


def test_the_secret_link_is_never_counted_as_a_page_view(campaign, visitor):
    visitor.get(_url(campaign))
    assert not PageViewDay.objects.exists()


def test_tokens_are_long_random_and_different(db):
    first, second = MysteryShopCampaignFactory(), MysteryShopCampaignFactory()
    assert len(first.token) >= 32 and first.token != second.token


@pytest.mark.parametrize(
    ("changes", "positive"),
    [
        ({}, True),
        ({"minutes_taken": 5}, True),
        ({"minutes_taken": 6}, False),
        ({"ease": 3}, False),
        ({"information_accurate": False}, False),
        ({"outcome": "partly"}, False),
    ],
)
def test_a_positive_outcome_is_found_accurate_in_time_and_easy(db, changes, positive):
    visit = VisitFactory(
        scenario=ScenarioFactory(target_minutes=5), **{"minutes_taken": 3, **changes}
    )
    assert visit.is_positive is positive


def test_the_steering_group_records_visits_in_the_admin(site, scenario, client, steering_member):
    client.force_login(steering_member)
    response = client.get("/admin/snippets/monitoring/visit/add/")
    assert response.status_code == HTTPStatus.OK
    listing = client.get("/admin/snippets/monitoring/visit/")
    assert listing.status_code == HTTPStatus.OK
    assert client.get("/admin/snippets/monitoring/mysteryshopcampaign/").status_code == 200


def test_a_campaign_cannot_close_before_it_opens(db):
    today = timezone.localdate()
    campaign = MysteryShopCampaign(name="Spring", starts_on=today, ends_on=today - timedelta(1))
    with pytest.raises(ValidationError, match="on or after the day it opens"):
        campaign.full_clean()


def test_reloading_the_thank_you_page_records_nothing_twice(campaign, scenario, client):
    response = client.post(_url(campaign), _answers(scenario), **ORIGIN, follow=True)
    assert "Visit recorded" in response.content.decode()
    thanks_url = response.redirect_chain[-1][0]

    for _reload in range(2):
        assert "Visit recorded" in client.get(thanks_url).content.decode()

    assert Visit.objects.count() == 1
