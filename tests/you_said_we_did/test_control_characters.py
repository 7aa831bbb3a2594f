"""A character pasted from a word processor must not break the public pages or the feed."""

from http import HTTPStatus
from xml.etree import ElementTree

from tests.factories import EntryFactory
from you_said_we_did.models import Entry


def test_an_entry_saved_through_its_form_keeps_no_control_characters(db):
    entry = Entry(you_said="Families said\x0bthe map was wrong\x00", we_did="We\x0cfixed it")
    entry.full_clean()
    assert entry.you_said == "Families said\nthe map was wrong"
    assert entry.we_did == "We\nfixed it"


def test_the_feed_stays_valid_xml_with_a_vertical_tab_in_an_entry(client, site):
    # Stored before control characters were stripped on save.
    EntryFactory(you_said="Families said\x0bthe map was wrong", we_did="We\x1bfixed it")
    response = client.get("/you-said-we-did/feed/")
    assert response.status_code == HTTPStatus.OK
    feed = ElementTree.fromstring(response.content)  # noqa: S314 - our own feed
    assert "the map was wrong" in ElementTree.tostring(feed, encoding="unicode")
