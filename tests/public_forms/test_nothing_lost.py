"""Nothing a person submits is lost when the database briefly refuses: every public form,
while another writer holds the lock on the table it writes, keeps the submission once the
lock goes. SQLite's shared-cache test database refuses such a write at once, PostgreSQL
after its lock timeout; without the retry each form would answer "could not save"."""

from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import pytest

from django.utils import timezone

from directory.models import ChangeRequest, ListingReview, ReviewReminder
from directory.services import review_link_token
from feedback.models import Feedback, FeedbackSettings
from monitoring.models import Visit
from tests.busy_database import another_writer_holding
from tests.factories import (
    MysteryShopCampaignFactory,
    ScenarioFactory,
    ServicePageFactory,
    make_site,
)

SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver"}
# Long enough that the first tries are refused, well inside the retries' five seconds.
LOCK_SECONDS = 1.0

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@dataclass
class Submission:
    url: str
    data: dict[str, Any]
    table: str


def feedback_widget(service) -> Submission:
    data = {"path": "/services/", "helpful": "no", "what_went_wrong": "No respite listed"}
    return Submission("/feedback/", data, Feedback._meta.db_table)


def tell_us(service) -> Submission:
    data = {
        "path": "/services/",
        "category": "missing",
        "message": "There is no youth club for autistic teenagers in the north.",
        "respondent": "young_person",
    }
    return Submission("/tell-us-what-you-think/", data, Feedback._meta.db_table)


def suggest_a_change(service) -> Submission:
    data = {"what_is_wrong": "The phone number has changed.", "suggestion": "Ring the library."}
    return Submission(f"{service.url}suggest-a-change/", data, ChangeRequest._meta.db_table)


def add_your_service(service) -> Submission:
    data = {
        "service_name": "Tuesday swim club",
        "organisation_name": "Northby Swimmers",
        "suggestion": "Swimming for disabled children aged 5 to 11.",
    }
    return Submission("/services/add-your-service/", data, ChangeRequest._meta.db_table)


def review_link(service) -> Submission:
    reminder = ReviewReminder.objects.create(
        service=service, due_on=timezone.localdate(), sent_to="provider@example.org"
    )
    url = f"/listing-check/{review_link_token(reminder=reminder)}/"
    return Submission(url, {}, ListingReview._meta.db_table)


def mystery_shop_visit(service) -> Submission:
    scenario = ScenarioFactory()
    campaign = MysteryShopCampaignFactory(scenarios=[scenario])
    data = {
        "scenario": str(scenario.pk),
        "shopper_type": "forum_volunteer",
        "device": "phone",
        "outcome": "found",
        "minutes_taken": "4",
        "ease": "4",
        "information_accurate": "yes",
        "comments": "They rang back the same day.",
    }
    return Submission(f"/mystery-shopping/{campaign.token}/", data, Visit._meta.db_table)


# Every public form, and how to see that what it was sent is stored.
FORMS = {
    feedback_widget: lambda: Feedback.objects.filter(what_went_wrong="No respite listed"),
    tell_us: lambda: Feedback.objects.filter(message__startswith="There is no youth club"),
    suggest_a_change: lambda: ChangeRequest.objects.filter(suggestion="Ring the library."),
    add_your_service: lambda: ChangeRequest.objects.filter(service_name="Tuesday swim club"),
    review_link: lambda: ReviewReminder.objects.filter(confirmed_at__isnull=False),
    mystery_shop_visit: lambda: Visit.objects.filter(comments="They rang back the same day."),
}


@pytest.mark.parametrize("form", FORMS, ids=lambda form: form.__name__)
def test_a_submission_the_database_briefly_refuses_is_stored(client, form, settings):
    _home, directory = make_site()
    FeedbackSettings.load()  # as on any running site, the settings row already exists
    service = ServicePageFactory(parent=directory, title="Speech therapy")
    submission = form(service)

    with another_writer_holding(submission.table, seconds=LOCK_SECONDS):
        response = client.post(submission.url, submission.data, **SAME_ORIGIN)

    assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND), response.content[:500]
    assert FORMS[form]().count() == 1
