"""The widget and the public feedback forms, through the Django test client."""

import json
import re
from http import HTTPStatus

import pytest

from feedback.models import Feedback
from pages.models import InformationPage
from tests.factories import EntryFactory, GlossaryTermFactory, ServicePageFactory

SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver"}
JSON = {"HTTP_ACCEPT": "application/json", **SAME_ORIGIN}
XSS = "<img src=x onerror=alert(1)>"


def post(client, data, url="/feedback/", **headers):
    # Followed to the page the redirect after the post leads to (JSON answers stay as they are).
    return client.post(url, data, follow=True, **{**SAME_ORIGIN, **headers})


def widget_on(html: str) -> bool:
    return (
        'aria-labelledby="feedback-heading"' in html
        and "Is this page useful?" in html
        and "Report a problem with this page" in html
    )


# The widget is on every public page


def test_every_published_page_type_the_search_and_yswd_pages_carry_the_widget(client, site):
    from pages.models import GlossaryPage

    home, directory = site
    service = ServicePageFactory(parent=directory)
    information = home.add_child(
        instance=InformationPage(title="EHC plans", slug="ehc-plans", body=json.dumps([]))
    )
    glossary = home.add_child(instance=GlossaryPage(title="Glossary", slug="glossary"))
    GlossaryTermFactory(term="EHCP", meaning="Education, health and care plan")
    entry = EntryFactory()

    pages = [
        home.url,
        directory.url,
        f"{directory.url}?q=speech",
        service.url,
        information.url,
        glossary.url,
        "/tell-us-what-you-think/",
        "/you-said-we-did/",
        f"/you-said-we-did/{entry.pk}/",
    ]
    for path in pages:
        response = client.get(path)
        assert response.status_code == HTTPStatus.OK, path
        html = response.content.decode()
        assert widget_on(html), path
        assert f'name="path" value="{path.split("?")[0]}"' in html, path
        assert response.cookies == {}, path

    not_found = client.get("/no-such-page/")
    assert not_found.status_code == HTTPStatus.NOT_FOUND
    assert widget_on(not_found.content.decode())


def test_the_widget_names_the_wagtail_page_it_is_on(client, site):
    home, directory = site
    service = ServicePageFactory(parent=directory)
    html = client.get(service.url).content.decode()
    assert f'name="page" value="{service.pk}"' in html


# Without JavaScript


def test_yes_is_stored_and_thanked_with_a_link_back_to_the_page(client, site):
    home, directory = site
    service = ServicePageFactory(parent=directory)

    response = post(client, {"path": service.url, "page": service.pk, "helpful": "yes"})

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert "Thank you for your feedback" in html
    assert f'href="{service.url}"' in html
    assert "call 999" in html and "Childline" in html
    assert response.cookies == {}
    feedback = Feedback.objects.get()
    assert (feedback.helpful, feedback.page_id, feedback.path) == (True, service.pk, service.url)
    assert feedback.kind == Feedback.Kind.PAGE and feedback.status == Feedback.Status.NEW


def test_no_is_kept_then_the_details_page_adds_what_went_wrong_to_the_same_answer(client, site):
    response = post(client, {"path": "/services/", "helpful": "no"})

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "Help us improve this page" in html
    assert 'id="feedback-what-went-wrong"' in html
    assert Feedback.objects.get().helpful is False
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)

    response = post(
        client,
        {
            "path": "/services/",
            "token": token,
            "trying_to_do": "Find a holiday club",
            "what_went_wrong": "Nothing for my son, email me on jo@example.org",
        },
    )

    assert "Thank you for your feedback" in response.content.decode()
    feedback = Feedback.objects.get()
    assert feedback.helpful is False
    assert feedback.trying_to_do == "Find a holiday club"
    assert feedback.what_went_wrong == "Nothing for my son, email me on [email address removed]"


def test_a_details_token_cannot_be_used_twice_or_forged(client, site):
    post(client, {"path": "/", "helpful": "no"})
    first = Feedback.objects.get()

    post(client, {"path": "/", "token": "forged:token", "what_went_wrong": "Replaced"})
    first.refresh_from_db()
    assert first.what_went_wrong == ""
    # A forged token still leaves the text as a new "No" answer: nothing is lost.
    assert Feedback.objects.filter(what_went_wrong="Replaced", helpful=False).exists()


def test_report_a_problem_is_a_page_of_its_own_without_javascript(client, site):
    response = client.get("/feedback/?path=/services/")

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert 'name="path" value="/services/"' in html
    assert "You can enter up to 1200 characters" in html

    response = post(client, {"path": "/services/", "what_went_wrong": "The map is broken"})
    assert "Thank you for your feedback" in response.content.decode()
    feedback = Feedback.objects.get()
    assert (feedback.kind, feedback.helpful) == (Feedback.Kind.PROBLEM, None)


def test_an_empty_problem_report_is_explained_not_stored(client, site):
    response = post(client, {"path": "/services/", "what_went_wrong": "  "})

    html = response.content.decode()
    assert "There is a problem" in html
    assert "Enter what you were trying to do or what went wrong" in html
    assert not Feedback.objects.exists()


def test_text_over_the_limit_is_explained_and_kept_for_editing(client, site):
    long_text = "x" * 1201
    response = post(client, {"path": "/", "helpful": "no", "what_went_wrong": long_text})

    html = response.content.decode()
    assert "What went wrong must be 1200 characters or fewer" in html
    assert long_text in html
    assert not Feedback.objects.exists()


@pytest.mark.parametrize("path", ["https://evil.example/", "//evil.example/x", "javascript:x"])
def test_the_link_back_never_leaves_the_site(client, site, path):
    response = post(client, {"path": path, "helpful": "yes"})
    assert 'href="/">Go back to the page you were on' in response.content.decode()
    assert Feedback.objects.get().path == "/"


# With JavaScript


def test_the_script_gets_json_thanks(client, site):
    response = post(
        client,
        {"path": "/", "helpful": "no", "what_went_wrong": "Too much jargon"},
        **JSON,
    )
    assert response.status_code == HTTPStatus.OK
    assert response.json() == {"message": "Thank you for your feedback."}
    assert Feedback.objects.get().what_went_wrong == "Too much jargon"


def test_the_script_gets_errors_as_json(client, site):
    response = post(client, {"path": "/", "trying_to_do": "y" * 501}, **JSON)
    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert response.json()["errors"] == [
        {
            "text": "What you were trying to do must be 500 characters or fewer",
            "href": "#feedback-trying-to-do",
        }
    ]


# Defences


def test_a_filled_honeypot_is_thanked_but_nothing_is_stored(client, site):
    response = post(client, {"path": "/", "helpful": "yes", "homepage": "http://spam.example"})
    assert "Thank you for your feedback" in response.content.decode()
    assert not Feedback.objects.exists()


def test_a_post_from_another_site_is_refused(client, site):
    response = client.post(
        "/feedback/", {"path": "/", "helpful": "yes"}, HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert not Feedback.objects.exists()


def test_too_many_submissions_get_a_friendly_429(client, site, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 5
    for _ in range(5):
        assert post(client, {"path": "/", "helpful": "yes"}).status_code == HTTPStatus.OK
    response = post(client, {"path": "/", "helpful": "yes"})
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert "Please wait" in response.content.decode()
    assert Feedback.objects.count() == 5


def test_personal_details_are_redacted_before_storing(client, site):
    post(
        client,
        {
            "path": "/",
            "helpful": "no",
            "trying_to_do": "Ring me on 07700 900123 or +44 1632 960000",
            "what_went_wrong": "Write to jo.bloggs@example.co.uk, we live at NB1 4QT",
        },
        **JSON,
    )
    feedback = Feedback.objects.get()
    assert feedback.trying_to_do == "Ring me on [phone number removed] or [phone number removed]"
    assert feedback.what_went_wrong == (
        "Write to [email address removed], we live at [postcode removed]"
    )


def test_no_ip_address_or_user_agent_is_stored(client, site):
    post(
        client,
        {"path": "/", "helpful": "no", "what_went_wrong": "Slow"},
        REMOTE_ADDR="203.0.113.99",
        HTTP_USER_AGENT="Mozilla/5.0 (TestPhone) Gecko/20100101 Firefox/140.0",
    )
    row = Feedback.objects.values().get()
    stored = " ".join(str(value) for value in row.values())
    assert "203.0.113.99" not in stored
    assert "TestPhone" not in stored and "Mozilla" not in stored


def test_a_script_payload_is_stored_as_text_and_shown_escaped_in_public(client, site):
    post(client, {"path": "/", "helpful": "no", "what_went_wrong": XSS}, **JSON)
    assert Feedback.objects.get().what_went_wrong == XSS

    response = post(client, {"path": "/", "helpful": "no", "what_went_wrong": "x" * 1201 + XSS})
    html = response.content.decode()
    assert XSS not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


# Tell us what you think


def test_tell_us_what_you_think_stores_longer_feedback_and_signposts_complaints(client, site):
    page = client.get("/tell-us-what-you-think/?from=/services/").content.decode()
    assert "Something is missing from the Local Offer" in page
    assert "complaint" in page
    assert 'name="path" value="/services/"' in page

    response = post(
        client,
        {
            "path": "/services/",
            "category": "missing",
            "message": "There is no youth club for autistic teenagers in the north.",
            "respondent": "young_person",
        },
        url="/tell-us-what-you-think/",
    )

    assert "Thank you for your feedback" in response.content.decode()
    feedback = Feedback.objects.get()
    assert feedback.kind == Feedback.Kind.GENERAL
    assert (feedback.category, feedback.respondent) == ("missing", "young_person")
    assert feedback.message.startswith("There is no youth club")
    assert feedback.path == "/services/"


def test_tell_us_explains_what_is_missing(client, site):
    response = post(client, {"message": ""}, url="/tell-us-what-you-think/")
    html = response.content.decode()
    assert "Select what your feedback is about" in html
    assert "Enter your feedback" in html
    assert 'href="#feedback-category"' in html
    assert not Feedback.objects.exists()
