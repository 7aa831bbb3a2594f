"""Writing You said, we did entries in the admin, from feedback to a published entry, over
real HTTP."""

import re
from datetime import date
from http import HTTPStatus

import pytest

from django.contrib.auth.models import Group, Permission

from wagtail.models import TaskState

from feedback.models import Feedback
from roles.groups import EDITORS, PROVIDERS, STEERING_GROUP
from tests.factories import EntryFactory, FeedbackFactory, ThemeFactory, UserFactory
from you_said_we_did.models import Entry

ENTRIES = "/admin/snippets/you_said_we_did/entry/"


def entry_form(*, feedback=(), **fields) -> dict:
    form = {
        "you_said": "Parents could not find short breaks for teenagers.",
        "we_did": "We listed every short break provider and added a filter for age 13 to 18.",
        "theme": "",
        "status": "done",
        "date": "2026-05-01",
        "feedback_links-TOTAL_FORMS": str(len(feedback)),
        "feedback_links-INITIAL_FORMS": "0",
        "feedback_links-MIN_NUM_FORMS": "0",
        "feedback_links-MAX_NUM_FORMS": "1000",
        **fields,
    }
    for index, item in enumerate(feedback):
        form |= {
            f"feedback_links-{index}-feedback": str(item.pk),
            f"feedback_links-{index}-id": "",
            f"feedback_links-{index}-ORDER": str(index + 1),
            f"feedback_links-{index}-DELETE": "",
        }
    return form


def test_from_selected_feedback_the_moderator_starts_an_entry_with_the_links_filled_in(
    moderator_client, db
):
    theme = ThemeFactory(name="Short breaks")
    chosen = FeedbackFactory.create_batch(2, theme=theme)
    FeedbackFactory()
    ids = "&".join(f"id={item.pk}" for item in chosen)

    response = moderator_client.get(
        f"/admin/bulk/feedback/feedback/answer_in_you_said_we_did/?{ids}"
    )

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(f"{ENTRIES}add/?feedback=")
    html = moderator_client.get(response["Location"]).content.decode()
    assert 'name="feedback_links-TOTAL_FORMS" value="2"' in html
    assert 'name="feedback_links-INITIAL_FORMS" value="0"' in html
    linked = re.findall(r'name="feedback_links-\d+-feedback" value="(\d+)"', html)
    assert sorted(map(int, linked)) == sorted(item.pk for item in chosen)
    assert f'name="theme" value="{theme.pk}"' in html


def test_each_feedback_item_offers_to_start_an_entry(moderator_client, db):
    item = FeedbackFactory()
    html = moderator_client.get("/admin/snippets/feedback/feedback/").content.decode()
    assert f"{ENTRIES}add/?feedback={item.pk}" in html


def test_an_entry_goes_live_only_when_the_steering_group_approves_it(moderator_client, client, db):
    feedback = FeedbackFactory.create_batch(2)
    second = UserFactory(groups=[STEERING_GROUP], username="second")

    response = moderator_client.post(
        f"{ENTRIES}add/", entry_form(feedback=feedback, **{"action-submit": "1"})
    )

    assert response.status_code == HTTPStatus.FOUND
    entry = Entry.objects.get()
    assert not entry.live
    assert set(entry.feedback_links.values_list("feedback_id", flat=True)) == {
        item.pk for item in feedback
    }
    assert "short breaks" not in client.get("/you-said-we-did/").content.decode()
    state = TaskState.objects.get(status=TaskState.STATUS_IN_PROGRESS)
    assert state.task.name == "Steering group approval"

    approve = f"{ENTRIES}workflow/action/{entry.pk}/approve/{state.pk}/"
    # Whoever wrote the entry cannot approve it.
    moderator_client.post(approve, {"comment": "Agreed."})
    entry.refresh_from_db()
    assert not entry.live

    moderator_client.force_login(second)
    response = moderator_client.post(approve, {"comment": "Agreed."})

    assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND)
    entry.refresh_from_db()
    assert entry.live and entry.date == date(2026, 5, 1)
    # The feedback it answers has been acted on.
    for item in feedback:
        item.refresh_from_db()
        assert item.status == Feedback.Status.ACTIONED
    assert "short breaks" in client.get("/you-said-we-did/").content.decode()


def test_an_entry_with_personal_details_cannot_be_saved(moderator_client, db):
    response = moderator_client.post(
        f"{ENTRIES}add/", entry_form(you_said="Mrs Patel (07700 900123) said the bus was late")
    )
    assert response.status_code == HTTPStatus.OK
    assert "entries are public" in response.content.decode()
    assert not Entry.objects.exists()


@pytest.mark.parametrize("group_name", [EDITORS, PROVIDERS])
def test_editors_and_providers_cannot_write_entries(client, django_user_model, group_name):
    group, _ = Group.objects.get_or_create(name=group_name)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = django_user_model.objects.create_user("someone")
    user.groups.add(group)
    client.force_login(user)
    item = FeedbackFactory()

    for url in (
        ENTRIES,
        f"{ENTRIES}add/",
        f"/admin/bulk/feedback/feedback/answer_in_you_said_we_did/?id={item.pk}",
    ):
        response = client.get(url)
        assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN), url
        assert not response.get("Location", "").startswith(f"{ENTRIES}add/"), url


def test_nobody_publishes_an_entry_around_the_approval(moderator_client, db):
    add = moderator_client.get(f"{ENTRIES}add/").content.decode()
    assert 'name="action-publish"' not in add
    moderator_client.post(f"{ENTRIES}add/", entry_form(**{"action-publish": "1"}))
    assert not Entry.objects.filter(live=True).exists()


def test_the_list_opens_each_entry_and_says_where_it_is(moderator_client, db):
    live = EntryFactory(you_said="Live one.")
    draft = EntryFactory(you_said="Draft one.", live=False)

    html = moderator_client.get(ENTRIES).content.decode()

    assert f'href="{ENTRIES}edit/{live.pk}/"' in html
    assert f'href="{ENTRIES}edit/{draft.pk}/"' in html
    assert "Live" in html and "Draft" in html


def test_the_entry_form_shows_what_the_linked_feedback_said(moderator_client, db):
    item = FeedbackFactory(what_went_wrong="Nothing for teenagers in the holidays.")
    moderator_client.post(f"{ENTRIES}add/", entry_form(feedback=[item]))
    entry = Entry.objects.get()

    html = moderator_client.get(f"{ENTRIES}edit/{entry.pk}/").content.decode()

    assert "Nothing for teenagers in the holidays." in html
