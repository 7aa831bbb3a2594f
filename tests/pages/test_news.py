"""News and events: what is listed, in what order, the events filters and the Atom feeds."""

import datetime
import json
import re
import xml.etree.ElementTree as ET
from http import HTTPStatus

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone

from wagtail.models import Site

from pages.models import (
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    SiteSettings,
    Topic,
)
from tests.factories import NeedTypeFactory, make_site

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def home(db):
    return make_site()[0]


@pytest.fixture
def news_index(home):
    index = home.add_child(instance=NewsIndexPage(title="News and events", slug="news"))
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.news_page = index
    settings.save()
    return index


@pytest.fixture
def events_index(news_index):
    return news_index.add_child(instance=EventIndexPage(title="Events", slug="events"))


def add_news(index, title: str, days_ago: int, topic=Topic.EDUCATION, **kwargs) -> NewsPage:
    return index.add_child(
        instance=NewsPage(
            title=title,
            date=timezone.localdate() - datetime.timedelta(days=days_ago),
            topic=topic,
            summary=kwargs.pop("summary", f"About {title}."),
            body=json.dumps([]),
            **kwargs,
        )
    )


def add_event(index, title: str, days: float, hours: float = 2, **kwargs) -> EventPage:
    starts = kwargs.pop("starts_at", timezone.now() + datetime.timedelta(days=days))
    kwargs.setdefault("topic", Topic.LEISURE)
    kwargs.setdefault("venue", "Northby Library")
    needs = kwargs.pop("needs", [])
    event = EventPage(
        title=title,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=hours),
        summary=kwargs.pop("summary", f"About {title}."),
        body=json.dumps([]),
        **kwargs,
    )
    event.needs = needs
    return index.add_child(instance=event)


def titles(html: str, level: int = 3) -> list[str]:
    main = html[html.index("<main") :] if "<main" in html else html
    return re.findall(rf'<h{level}[^>]*>\s*<a class="govuk-link" href="[^"]*">([^<]*)</a>', main)


def get_html(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK, url
    return response.content.decode()


# Events


def test_upcoming_events_are_listed_soonest_first_and_past_ones_drop_off(client, events_index):
    add_event(events_index, "Next month", days=30)
    add_event(events_index, "Tomorrow", days=1)
    add_event(events_index, "Started an hour ago", days=-1 / 24, hours=3)
    finished = add_event(events_index, "Last week", days=-7)
    add_event(events_index, "Draft", days=2, live=False)

    html = get_html(client, "/news/events/")

    assert titles(html) == ["Started an hour ago", "Tomorrow", "Next month"]
    assert "3 events coming up" in html

    finished_html = get_html(client, finished.url)
    assert "This event has finished." in finished_html
    assert "Book a place" not in finished_html
    assert titles(get_html(client, "/news/events/past/"), level=2) == ["Last week"]


def test_events_filter_by_month_topic_and_age(client, events_index):
    now = timezone.localtime()
    add_event(events_index, "Toddler group", days=1, min_age=0, max_age=4, topic=Topic.LEISURE)
    add_event(events_index, "College fair", days=2, min_age=14, max_age=25, topic=Topic.EDUCATION)
    add_event(events_index, "Later fair", days=70, min_age=14, max_age=25, topic=Topic.EDUCATION)
    month = f"{now + datetime.timedelta(days=2):%Y-%m}"

    assert titles(get_html(client, "/news/events/?age=3")) == ["Toddler group"]
    assert titles(get_html(client, "/news/events/?topic=education")) == [
        "College fair",
        "Later fair",
    ]
    html = get_html(client, f"/news/events/?topic=education&month={month}&age=16")
    assert "College fair" in titles(html) and "Later fair" not in titles(html)
    assert f'<option value="{month}" selected>' in html
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.parametrize(
    "query",
    [
        "month=2099-13",
        "month=abc",
        "month=1999-01",
        "topic=nope",
        "age=abc",
        "age=99",
        "age=-1",
        "page=zzz",
        "month=%00&topic=%FF&age=1e9",
    ],
)
def test_bad_event_filters_are_ignored_not_an_error(client, events_index, query):
    add_event(events_index, "Toddler group", days=1, min_age=0, max_age=4)

    html = get_html(client, f"/news/events/?{query}")

    assert titles(html) == ["Toddler group"]
    assert "govuk-error-summary" not in html


def test_a_good_filter_is_kept_when_another_is_bad(client, events_index):
    add_event(events_index, "Toddler group", days=1, min_age=0, max_age=4)
    add_event(events_index, "College fair", days=2, min_age=14, max_age=25)

    assert titles(get_html(client, "/news/events/?age=3&topic=nope")) == ["Toddler group"]


def test_an_event_page_says_when_where_who_for_cost_and_how_to_book(client, events_index):
    starts = timezone.make_aware(datetime.datetime(2099, 3, 7, 10, 0))
    event = add_event(
        events_index,
        "Sleep workshop",
        days=0,
        starts_at=starts,
        hours=2.5,
        venue="Northby Library\nCastlegate",
        online=True,
        cost="Free",
        booking_url="https://example.org/book",
        min_age=2,
        max_age=18,
        needs=[NeedTypeFactory(code="ASD", name="Autism", slug="autism")],
    )

    html = get_html(client, event.url)

    assert "Saturday 7 March 2099, 10am to 12:30pm" in html
    assert "Northby Library, Castlegate, or online" in html
    assert "2 to 18" in html and "Autism" in html
    assert 'href="https://example.org/book">Book a place' in html
    assert 'class="govuk-breadcrumbs' in html


def test_an_event_must_end_after_it_starts_and_be_somewhere(events_index):
    starts = timezone.now()
    event = EventPage(
        title="Nowhere",
        starts_at=starts,
        ends_at=starts - datetime.timedelta(hours=1),
        topic=Topic.HEALTH,
        summary="x",
        min_age=10,
        max_age=5,
    )

    with pytest.raises(ValidationError) as raised:
        event.clean()

    assert set(raised.value.message_dict) == {"ends_at", "max_age", "venue"}


# News


def test_news_is_listed_newest_first_with_the_next_events(client, news_index, events_index):
    add_news(news_index, "Last year", days_ago=300)
    add_news(news_index, "Yesterday", days_ago=1)
    add_news(news_index, "Last month", days_ago=30)
    add_news(news_index, "Unpublished", days_ago=0, live=False)
    for days in (5, 1, 3, 4):
        add_event(events_index, f"In {days} days", days=days)

    html = get_html(client, "/news/")

    assert titles(html) == [
        "In 1 days",
        "In 3 days",
        "In 4 days",
        "Yesterday",
        "Last month",
        "Last year",
    ]
    assert 'href="/news/events/"' in html and 'href="/news/events/past/"' in html
    assert 'type="application/atom+xml"' in html


def test_home_shows_the_latest_three_news_items(client, home, news_index):
    for days_ago in (10, 1, 40, 5):
        add_news(news_index, f"{days_ago} days ago", days_ago=days_ago)

    html = get_html(client, "/")

    whats_new = html[html.index("What’s new</h2>") :]
    assert titles(whats_new)[:3] == ["1 days ago", "5 days ago", "10 days ago"]
    assert "40 days ago" not in html
    assert 'href="/news/">All news and events</a>' in html
    assert ("/news/", "News and events") in re.findall(
        r'href="([^"]*)"[^>]*>\s*(?:<strong[^>]*>)?\s*([^<]*?)\s*<', html
    )


# Feeds


def parse_atom(response) -> ET.Element:
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 - our own feed
    assert feed.tag == f"{ATOM}feed"
    # What RFC 4287 requires of a feed and of each entry.
    for required in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{required}") is not None, required
    for entry in feed.findall(f"{ATOM}entry"):
        for required in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{required}").text, required
        assert entry.find(f"{ATOM}link").get("href").startswith("http")
    return feed


def test_news_feed_is_valid_atom_newest_first_without_control_characters(client, news_index):
    add_news(news_index, "Older", days_ago=9)
    add_news(news_index, "Bell\x07 and escape\x1b in the title", days_ago=1, summary="Tab\tok\x1b")

    feed = parse_atom(client.get("/news/feed/"))

    entries = feed.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}title").text for entry in entries] == [
        "Bell and escape in the title",
        "Older",
    ]
    assert entries[0].find(f"{ATOM}category").get("term") == "Education"
    assert "Tab\tok" in entries[0].find(f"{ATOM}summary").text


def test_events_feed_is_valid_atom_and_keeps_past_events(client, events_index):
    add_event(events_index, "Coming\x0b up", days=3)
    add_event(events_index, "Finished", days=-3, online=True, venue="")

    feed = parse_atom(client.get("/news/events/feed/"))

    entries = feed.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}title").text for entry in entries] == ["Coming up", "Finished"]
    assert "Where: Online" in entries[1].find(f"{ATOM}summary").text
