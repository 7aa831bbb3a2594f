"""What an attacker or a careless paste sends to the feedback forms: it never leads a visitor
off the site, never keeps control characters or personal details, and never loses the
submission."""

from http import HTTPStatus

import pytest

from feedback.models import MESSAGE_MAX, Feedback
from public_forms.text import EMAIL_REPLACEMENT, PHONE_REPLACEMENT, SHORTENED_MARK

SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver"}
EVIL_PATHS = ["/\t/evil.example", "/%09/evil.example", "/\n/evil.example", "//evil.example"]


def _hrefs(html: str) -> list[str]:
    return [part.split('"', 1)[0] for part in html.split('href="')[1:]]


@pytest.mark.parametrize("evil", ["/%09/evil.example", "/%0A/evil.example", "//evil.example"])
def test_the_report_a_problem_page_links_back_only_to_this_site(client, site, evil):
    response = client.get(f"/feedback/?path={evil}")
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert "evil.example" not in html
    assert all(not href.startswith("//") for href in _hrefs(html))


@pytest.mark.parametrize("evil", EVIL_PATHS)
def test_the_thank_you_page_links_back_only_to_this_site(client, site, evil):
    response = client.post(
        "/feedback/", {"path": evil, "what_went_wrong": "The map is wrong"}, **SAME_ORIGIN
    )
    assert response.status_code == HTTPStatus.FOUND
    assert "evil.example" not in response["Location"]
    response = client.get(response["Location"])
    assert "evil.example" not in response.content.decode()
    assert Feedback.objects.get().path == "/"


def test_the_moderators_screen_shows_no_link_off_the_site(site, moderator_client):
    moderator_client.post(
        "/feedback/",
        {"path": "/\t/evil.example", "what_went_wrong": "The map is wrong"},
        **SAME_ORIGIN,
    )
    feedback = Feedback.objects.get()
    html = moderator_client.get(f"/admin/snippets/feedback/feedback/edit/{feedback.pk}/")
    assert html.status_code == HTTPStatus.OK
    assert "evil.example" not in html.content.decode()


def test_the_path_is_stored_with_its_search_redacted(client, site):
    client.post(
        "/feedback/",
        {
            "path": "/services/?q=jane%40example.com+07700+900123",
            "helpful": "no",
            "what_went_wrong": "x",
        },
        **SAME_ORIGIN,
    )
    assert Feedback.objects.get().path == f"/services/?q={EMAIL_REPLACEMENT} {PHONE_REPLACEMENT}"


def test_control_characters_are_never_stored(client, site):
    client.post(
        "/tell-us-what-you-think/",
        {"category": "idea", "message": "Line one\x0bline two\x00\x1b\u202e"},
        **SAME_ORIGIN,
    )
    assert Feedback.objects.get().message == "Line one\nline two"


def test_text_made_too_long_by_redaction_is_kept_shortened_not_refused(client, site):
    message = ("Ring 07700900123. " * 120)[: MESSAGE_MAX - 1]
    response = client.post(
        "/tell-us-what-you-think/", {"category": "idea", "message": message}, **SAME_ORIGIN
    )
    assert response.status_code == HTTPStatus.FOUND
    stored = Feedback.objects.get().message
    assert len(stored) <= MESSAGE_MAX
    assert stored.endswith(SHORTENED_MARK)
    assert "07700900123" not in stored
