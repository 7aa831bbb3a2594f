"""Each feedback form answers a successful post with a redirect, so reloading the page it
leads to sends nothing again."""

from http import HTTPStatus
from urllib.parse import parse_qs, urlsplit

import pytest

from feedback.models import Feedback

SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver"}


def sent_then_reloaded(client, url: str, data: dict) -> str:
    response = client.post(url, data, **SAME_ORIGIN)
    assert response.status_code == HTTPStatus.FOUND
    for _reload in range(2):
        page = client.get(response["Location"])
        assert page.status_code == HTTPStatus.OK
    return page.content.decode()


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/feedback/", {"path": "/services/", "helpful": "yes"}),
        ("/feedback/", {"path": "/services/", "what_went_wrong": "The map is broken"}),
        (
            "/tell-us-what-you-think/",
            {"path": "/", "category": "idea", "message": "More evening clubs, please."},
        ),
    ],
    ids=["widget", "report-a-problem", "tell-us"],
)
def test_the_thank_you_page_can_be_reloaded_without_sending_twice(client, site, url, data):
    html = sent_then_reloaded(client, url, data)
    assert "Thank you for your feedback" in html
    assert Feedback.objects.count() == 1


def test_no_then_details_keeps_one_answer_however_often_each_page_is_reloaded(client, site):
    details = client.post("/feedback/", {"path": "/services/", "helpful": "no"}, **SAME_ORIGIN)
    assert details.status_code == HTTPStatus.FOUND
    for _reload in range(2):
        html = client.get(details["Location"]).content.decode()
        assert "Help us improve this page" in html
    token = parse_qs(urlsplit(details["Location"]).query)["token"][0]

    html = sent_then_reloaded(
        client,
        "/feedback/",
        {"path": "/services/", "token": token, "what_went_wrong": "No times given"},
    )

    assert "Thank you for your feedback" in html
    assert list(Feedback.objects.values_list("helpful", "what_went_wrong")) == [
        (False, "No times given")
    ]


def test_the_thank_you_page_links_back_only_within_the_site(client, site):
    html = client.get("/feedback/?sent=1&path=https://evil.example/").content.decode()
    assert "evil.example" not in html
