"""The demo's content, read from its data files: what the files say must be what the site's
own models accept."""

from datetime import date

import pytest

from django.core.exceptions import ValidationError

from demo.pages import blocks, information_pages
from pages.models import InformationPage


@pytest.mark.django_db
def test_every_information_page_body_in_the_data_files_is_valid_streamfield_content():
    stream_block = InformationPage._meta.get_field("body").stream_block
    pages = information_pages(today=date(2026, 6, 1))

    for page in pages:
        try:
            stream_block.clean(stream_block.to_python(page["body"]))
        except ValidationError as error:
            pytest.fail(f"{page['slug']}: {error}")
    written_types = {block["type"] for page in pages for block in page["body"]}
    assert written_types == {
        "heading",
        "paragraph",
        "callout",
        "accordion",
        "step_by_step",
        "contacts",
    }


def test_the_day_the_demo_is_loaded_is_written_into_the_accessibility_statement():
    pages = {page["slug"]: page for page in information_pages(today=date(2026, 6, 1))}

    statement = str(pages["accessibility-statement"]["body"])
    assert "This statement was prepared on 1 June 2026." in statement
    assert "{today}" not in str(pages)


def test_a_block_type_the_pages_do_not_have_is_named_in_the_error():
    with pytest.raises(ValueError, match="'carousel'"):
        blocks([{"carousel": "<p>Slides</p>"}])


def test_contacts_name_their_cards_and_a_heading_can_have_a_level():
    made = blocks(
        [
            {"heading": {"text": "Known issues", "level": "h3"}},
            {"contacts": {"cards": ["sendiass"], "title": "Free advice"}},
        ]
    )

    assert made[0]["value"] == {"text": "Known issues", "heading_level": "h3"}
    assert made[1]["value"]["heading"] == "Free advice"
    assert made[1]["value"]["cards"][0]["name"] == "Northby SENDIASS"
