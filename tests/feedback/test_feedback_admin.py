"""The steering group's feedback inbox, through real HTTP to the Wagtail admin."""

from http import HTTPStatus

import pytest

from django.contrib.auth.models import Group, Permission

from wagtail.models import ModelLogEntry

from feedback.models import Feedback, FeedbackSettings
from roles.groups import EDITORS, PROVIDERS, STEERING_GROUP
from tests.factories import FeedbackFactory, ThemeFactory

INBOX = "/admin/snippets/feedback/feedback/"
XSS = "<img src=x onerror=alert(1)>"
ESCAPED = "&lt;img src=x onerror=alert(1)&gt;"


def bulk(action: str, items) -> str:
    ids = "&".join(f"id={item.pk}" for item in items)
    return f"/admin/bulk/feedback/feedback/{action}/?{ids}&next={INBOX}"


@pytest.fixture
def item(db):
    return FeedbackFactory(what_went_wrong=XSS, path="/services/")


def user_in(django_user_model, username: str, group_name: str):
    group, _ = Group.objects.get_or_create(name=group_name)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(group)
    return user


def admin_urls(item) -> list[str]:
    return [
        INBOX,
        f"{INBOX}?q=onerror",
        f"{INBOX}edit/{item.pk}/",
        f"{INBOX}inspect/{item.pk}/",
        f"{INBOX}history/{item.pk}/",
        bulk("mark_spam", [item]),
        bulk("answer_in_you_said_we_did", [item]),
    ]


def test_anonymous_visitors_are_sent_to_log_in(client, item):
    for url in admin_urls(item):
        response = client.get(url)
        assert response.status_code == HTTPStatus.FOUND, url
        assert response["Location"].startswith("/admin/login/"), url


@pytest.mark.parametrize("group_name", [EDITORS, PROVIDERS])
def test_editors_and_providers_cannot_see_feedback(client, django_user_model, item, group_name):
    client.force_login(user_in(django_user_model, "someone", group_name))

    for url in admin_urls(item):
        response = client.get(url)
        assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN), url
        assert not response.get("Location", "").startswith(INBOX), url
        assert "onerror" not in response.content.decode(), url
    response = client.post(bulk("mark_spam", [item]))
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    # Wagtail's own bulk delete, shared by all snippets, answers with a list of what the
    # user may not delete: it names the item, and shows none of its text.
    response = client.get(bulk("delete", [item]))
    assert "onerror" not in response.content.decode()
    client.post(bulk("delete", [item]))
    item.refresh_from_db()
    assert item.status == Feedback.Status.NEW
    assert 'id="feedback-heading"' not in client.get("/admin/").content.decode()


def test_the_steering_group_sees_the_inbox_with_text_escaped(moderator_client, item):
    for url in admin_urls(item)[:5]:
        response = moderator_client.get(url)
        html = response.content.decode()
        assert response.status_code == HTTPStatus.OK, url
        assert XSS not in html, url
    for url in (INBOX, f"{INBOX}edit/{item.pk}/", f"{INBOX}inspect/{item.pk}/"):
        assert ESCAPED in moderator_client.get(url).content.decode(), url


def test_urgent_feedback_is_first_with_the_safeguarding_contact(moderator_client, db):
    settings = FeedbackSettings.load()
    settings.safeguarding_contact_name = "Northby Children's Front Door"
    settings.safeguarding_contact_phone = "01632 960999"
    settings.save()
    FeedbackFactory(what_went_wrong="Calm and older")
    urgent = FeedbackFactory(what_went_wrong="He said he is not safe at home", urgent=True)
    FeedbackFactory(what_went_wrong="Calm and newer")

    html = moderator_client.get(INBOX).content.decode()

    assert "1 urgent item" in html
    assert "Northby Children&#x27;s Front Door, 01632 960999" in html
    assert html.index("not safe at home") < html.index("Calm and newer")
    edit = moderator_client.get(f"{INBOX}edit/{urgent.pk}/").content.decode()
    assert "Urgent:" in edit and "01632 960999" in edit


def test_the_inbox_filters_and_searches(moderator_client, db):
    transport = ThemeFactory(name="Transport")
    FeedbackFactory(what_went_wrong="Bus pass form is missing", theme=transport)
    FeedbackFactory(what_went_wrong="Great page", helpful=True, path="/glossary/")
    FeedbackFactory(what_went_wrong="Spam spam", status=Feedback.Status.SPAM)

    def shown(query: str) -> set[str]:
        html = moderator_client.get(f"{INBOX}?{query}").content.decode()
        return {text for text in ("Bus pass", "Great page", "Spam spam") if text in html}

    assert shown("") == {"Bus pass", "Great page"}
    assert shown("view=") == {"Bus pass", "Great page", "Spam spam"}
    assert shown("status=new") == {"Bus pass", "Great page"}
    assert shown("status=spam") == {"Spam spam"}
    assert shown(f"theme={transport.pk}") == {"Bus pass"}
    assert shown("helpful=true") == {"Great page"}
    assert shown("path=glossary") == {"Great page"}
    assert shown("q=bus+pass") == {"Bus pass"}
    assert shown("created_at_from=2000-01-01&created_at_to=2000-12-31") == set()


def test_bulk_actions_mark_spam_set_theme_status_and_assignee(moderator_client, moderator, db):
    items = FeedbackFactory.create_batch(2)
    other = FeedbackFactory()
    theme = ThemeFactory(name="Waiting times")

    confirm = moderator_client.get(bulk("set_theme", items))
    assert confirm.status_code == HTTPStatus.OK
    assert "Waiting times" in confirm.content.decode()

    assert moderator_client.post(bulk("mark_spam", items)).status_code == HTTPStatus.FOUND
    assert moderator_client.post(bulk("set_theme", items), {"theme": theme.pk}).status_code == 302
    moderator_client.post(bulk("set_status", items), {"status": "in_review"})
    moderator_client.post(bulk("assign", items), {"assignee": moderator.pk})

    for feedback in items:
        feedback.refresh_from_db()
        assert (feedback.status, feedback.theme, feedback.assignee) == (
            Feedback.Status.IN_REVIEW,
            theme,
            moderator,
        )
    other.refresh_from_db()
    assert (other.status, other.theme) == (Feedback.Status.NEW, None)
    assert ModelLogEntry.objects.filter(object_id=str(items[0].pk)).count() == 4


def test_editing_adds_a_note_and_history(moderator_client, item):
    response = moderator_client.post(
        f"{INBOX}edit/{item.pk}/",
        {"status": "actioned", "theme": "", "assignee": "", "note": "Fixed the map."},
    )
    assert response.status_code == HTTPStatus.FOUND
    item.refresh_from_db()
    assert item.status == "actioned"
    assert list(item.notes.values_list("text", flat=True)) == ["Fixed the map."]
    history = moderator_client.get(f"{INBOX}history/{item.pk}/").content.decode()
    assert "Status: New → Actioned" in history
    assert "moderator" in history


def test_the_dashboard_shows_what_is_new(moderator_client, db):
    FeedbackFactory.create_batch(2)
    FeedbackFactory(urgent=True, what_went_wrong="She is being abused")
    FeedbackFactory(status=Feedback.Status.ACTIONED)

    html = moderator_client.get("/admin/").content.decode()

    assert 'id="feedback-heading"' in html
    assert "3 new" in html and "1 urgent" in html
    assert "She is being abused" in html


def test_the_steering_group_may_moderate_feedback_and_editors_may_not(db):
    codenames = set(
        Group.objects.get(name=STEERING_GROUP).permissions.values_list("codename", flat=True)
    )
    assert {"access_admin", "view_feedback", "change_feedback", "change_feedbacksettings"} <= (
        codenames
    )
    assert {"add_entry", "change_entry"} <= codenames
    # Entries go live through the approval workflow only.
    assert "publish_entry" not in codenames
    editors = set(Group.objects.get(name=EDITORS).permissions.values_list("codename", flat=True))
    assert not {code for code in editors if "feedback" in code or code.endswith("_entry")}
