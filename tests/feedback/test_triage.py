"""The inbox as a triage tool: open work by default, saved views, one bulk action for theme,
status and assignee, assignees from the steering group only, assigning puts new items in
review."""

import re
from http import HTTPStatus

import pytest

from feedback.models import Feedback
from roles.groups import EDITORS, PROVIDERS, STEERING_GROUP
from tests.factories import FeedbackFactory, ThemeFactory, UserFactory

INBOX = "/admin/snippets/feedback/feedback/"


def triage(items) -> str:
    ids = "&".join(f"id={item.pk}" for item in items)
    return f"/admin/bulk/feedback/feedback/triage/?{ids}&next={INBOX}"


@pytest.fixture
def inbox(moderator):
    colleague = UserFactory(groups=[STEERING_GROUP], username="colleague")
    transport = ThemeFactory(name="Transport")
    return {
        "new": FeedbackFactory(what_went_wrong="Bus pass form is missing", theme=transport),
        "mine": FeedbackFactory(
            what_went_wrong="Map is wrong", status=Feedback.Status.IN_REVIEW, assignee=moderator
        ),
        "theirs": FeedbackFactory(
            what_went_wrong="Phone rings out",
            status=Feedback.Status.IN_REVIEW,
            assignee=colleague,
        ),
        "urgent": FeedbackFactory(what_went_wrong="Not safe at home", urgent=True),
        "useful": FeedbackFactory(
            what_went_wrong="", trying_to_do="", helpful=True, status=Feedback.Status.NO_ACTION
        ),
        "done": FeedbackFactory(what_went_wrong="Old fix", status=Feedback.Status.ACTIONED),
        "transport": transport,
        "colleague": colleague,
    }


TEXTS = {
    "new": "Bus pass",
    "mine": "Map is wrong",
    "theirs": "Phone rings out",
    "urgent": "Not safe at home",
    "useful": "Said the page was useful",
    "done": "Old fix",
}


def shown(client, query: str) -> set[str]:
    html = client.get(f"{INBOX}{query}").content.decode()
    return {name for name, text in TEXTS.items() if text in html}


def test_the_inbox_opens_on_open_work_with_saved_views(moderator_client, inbox):
    assert shown(moderator_client, "") == {"new", "mine", "theirs", "urgent"}
    assert shown(moderator_client, "?view=mine") == {"mine"}
    assert shown(moderator_client, "?view=unassigned") == {"new", "urgent"}
    assert shown(moderator_client, "?view=urgent") == {"urgent"}
    assert shown(moderator_client, f"?view=open&theme={inbox['transport'].pk}") == {"new"}
    assert shown(moderator_client, "?view=") == set(TEXTS)
    html = moderator_client.get(INBOX).content.decode()
    for label in ("Open and assigned to me", "Open and assigned to nobody", "All feedback"):
        assert label in html
    assert "Transport (1 open)" in html


def test_one_bulk_action_sets_theme_status_and_assignee(moderator_client, inbox):
    items = [inbox["new"], inbox["urgent"], inbox["mine"]]
    theme = ThemeFactory(name="Safeguarding")
    colleague = inbox["colleague"]

    form = moderator_client.get(triage(items))
    assert form.status_code == HTTPStatus.OK
    response = moderator_client.post(
        triage(items), {"theme": theme.pk, "status": "", "assignee": colleague.pk}
    )

    assert response.status_code == HTTPStatus.FOUND
    for item in items:
        item.refresh_from_db()
        assert (item.theme, item.assignee, item.status) == (
            theme,
            colleague,
            Feedback.Status.IN_REVIEW,
        )


def test_triage_leaves_alone_what_is_not_chosen(moderator_client, inbox):
    item = inbox["mine"]
    moderator_client.post(triage([item]), {"theme": "", "status": "actioned", "assignee": ""})
    item.refresh_from_db()
    assert (item.status, item.theme, item.assignee.username) == ("actioned", None, "moderator")


def test_only_steering_group_members_can_be_assigned(moderator_client, moderator, inbox):
    UserFactory(groups=[EDITORS], username="an-editor")
    provider = UserFactory(groups=[PROVIDERS], username="a-provider")
    UserFactory(username="the-admin", is_superuser=True)
    urgent = inbox["urgent"]

    for url in (f"{INBOX}edit/{urgent.pk}/", triage([urgent]), f"{INBOX}?view="):
        html = moderator_client.get(url).content.decode()
        choices = set(
            re.findall(
                r'<option value="(\d+)"',
                re.search(r'<select name="assignee".*?</select>', html, re.S).group(0),
            )
        )
        assert choices == {str(inbox["colleague"].pk), str(moderator.pk)}, url

    refused = moderator_client.post(
        f"{INBOX}edit/{urgent.pk}/",
        {"status": "new", "theme": "", "assignee": provider.pk},
    )
    assert refused.status_code == HTTPStatus.OK
    moderator_client.post(triage([urgent]), {"theme": "", "status": "", "assignee": provider.pk})
    urgent.refresh_from_db()
    assert urgent.assignee is None


def test_assigning_on_the_edit_form_puts_a_new_item_in_review(moderator_client, inbox):
    item = inbox["new"]
    moderator_client.post(
        f"{INBOX}edit/{item.pk}/",
        {
            "status": "new",
            "theme": item.theme_id,
            "assignee": inbox["colleague"].pk,
        },
    )
    item.refresh_from_db()
    assert (item.status, item.assignee) == (Feedback.Status.IN_REVIEW, inbox["colleague"])


def test_nonsense_view_and_triage_values_are_not_errors(moderator_client, inbox):
    assert moderator_client.get(f"{INBOX}?view=nonsense").status_code == HTTPStatus.OK
    response = moderator_client.post(
        triage([inbox["new"]]), {"theme": "999999", "status": "bogus", "assignee": "x"}
    )
    assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND)
    inbox["new"].refresh_from_db()
    assert inbox["new"].status == Feedback.Status.NEW
