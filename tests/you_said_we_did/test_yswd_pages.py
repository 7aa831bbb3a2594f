"""The public You said, we did pages and feed, through the Django test client."""

import re
from datetime import date
from http import HTTPStatus
from xml.etree import ElementTree

import pytest

from django.core.exceptions import ValidationError

from tests.factories import EntryFactory, FeedbackFactory, ThemeFactory
from you_said_we_did.models import Entry, EntryFeedback

INDEX = "/you-said-we-did/"
XSS = "<img src=x onerror=alert(1)>"
ATOM = "{http://www.w3.org/2005/Atom}"


def shown(client, query: str = "") -> list[str]:
    html = client.get(f"{INDEX}{query}").content.decode()
    return re.findall(r"Families said (\w+)", html)


@pytest.fixture
def entries(site):
    transport = ThemeFactory(name="Transport")
    waiting = ThemeFactory(name="Waiting times")
    EntryFactory(you_said="Families said alpha", theme=transport, date=date(2025, 3, 1))
    EntryFactory(you_said="Families said bravo", theme=waiting, date=date(2026, 1, 10))
    EntryFactory(
        you_said="Families said charlie",
        theme=transport,
        date=date(2026, 6, 5),
        status=Entry.Status.DONE,
    )
    EntryFactory(you_said="Families said draft", theme=transport, live=False)
    return transport, waiting


def test_published_entries_are_listed_newest_first_and_drafts_are_not(client, entries):
    response = client.get(INDEX)
    assert response.status_code == HTTPStatus.OK
    assert shown(client) == ["charlie", "bravo", "alpha"]
    html = response.content.decode()
    assert "3 entries" in html
    assert 'type="application/atom+xml"' in html
    assert response.cookies == {}


def test_filters_by_theme_and_year_from_the_query_string(client, entries):
    assert shown(client, "?theme=transport") == ["charlie", "alpha"]
    assert shown(client, "?year=2026") == ["charlie", "bravo"]
    assert shown(client, "?theme=transport&year=2025") == ["alpha"]
    html = client.get(f"{INDEX}?theme=transport").content.decode()
    assert '<option value="transport" selected>' in html
    assert "Clear filters" in html and 'content="noindex"' in html


@pytest.mark.parametrize("query", ["?theme=nope", "?year=1999", "?year=abc", "?page=99"])
def test_unknown_filter_values_are_ignored_not_an_error(client, entries, query):
    response = client.get(f"{INDEX}{query}")
    assert response.status_code == HTTPStatus.OK
    assert len(shown(client, query)) >= 1


def test_each_entry_has_a_permalink_and_drafts_have_none(client, entries):
    entry = Entry.objects.get(you_said="Families said charlie")
    html = client.get(INDEX).content.decode()
    assert f'href="/you-said-we-did/{entry.pk}/"' in html

    page = client.get(f"/you-said-we-did/{entry.pk}/")
    assert page.status_code == HTTPStatus.OK
    assert "Families said charlie" in page.content.decode()
    draft = Entry.objects.get(you_said="Families said draft")
    assert client.get(f"/you-said-we-did/{draft.pk}/").status_code == HTTPStatus.NOT_FOUND


def test_the_atom_feed_lists_published_entries(client, entries):
    response = client.get(f"{INDEX}feed/")
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)  # noqa: S314 - our own feed
    titles = [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")]
    assert titles == [
        "You said: Families said charlie",
        "You said: Families said bravo",
        "You said: Families said alpha",
    ]
    links = [entry.find(f"{ATOM}link").get("href") for entry in feed.iter(f"{ATOM}entry")]
    assert all(re.search(r"/you-said-we-did/\d+/$", link) for link in links)


def test_entries_show_no_personal_data_nor_the_feedback_they_answer(client, site):
    feedback = FeedbackFactory(what_went_wrong="My son Jack at Northby Primary waited a year")
    entry = EntryFactory(you_said="Families waited too long for assessments")
    EntryFeedback.objects.create(entry=entry, feedback=feedback)

    for url in (INDEX, f"/you-said-we-did/{entry.pk}/", f"{INDEX}feed/"):
        body = client.get(url).content.decode()
        assert "Jack" not in body and "Northby Primary" not in body, url


@pytest.mark.parametrize(
    "text", ["Call Sam on 07700 900123", "email sam@example.org", "we met at NB1 4QT"]
)
def test_an_entry_with_contact_details_or_a_postcode_is_refused(db, text):
    entry = Entry(you_said=text, we_did="We fixed it.")
    with pytest.raises(ValidationError, match="entries are public"):
        entry.full_clean()


def test_a_script_payload_in_an_entry_is_shown_as_text(client, site):
    entry = EntryFactory(you_said=f"Families typed {XSS}", we_did=XSS)
    for url in (INDEX, f"/you-said-we-did/{entry.pk}/"):
        html = client.get(url).content.decode()
        assert XSS not in html, url
        assert "&lt;img src=x onerror=alert(1)&gt;" in html, url
    feed = client.get(f"{INDEX}feed/").content.decode()
    # In the feed the summary is HTML, escaped once more by XML: a reader shows it as text.
    assert "onerror=alert(1)&amp;gt;" in feed and XSS not in feed
