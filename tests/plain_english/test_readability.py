"""Reading ages: the formula's figures on hand-made texts, and what of a page is measured."""

import pytest

from pages.models import InformationPage
from plain_english.readability import reading_age, rich_text_lines, stream_text

EASY = "We can help you. Ask us. It is free to use."
PLAIN = "Parents and carers can ask the council for an assessment of their child's needs."
HARD = (
    "The statutory assessment of educational, health and care needs necessitates "
    "comprehensive multidisciplinary consultation."
)


def test_short_sentences_and_short_words_read_younger():
    assert reading_age(EASY) == 5
    assert reading_age(PLAIN) == 13
    assert reading_age(HARD) == 30


def test_too_few_words_have_no_reading_age():
    assert reading_age("Too short here") is None
    assert reading_age("") is None


def test_each_line_counts_as_a_sentence_so_headings_do_not_run_on():
    lines = "Who can help\nAsk the school for help today\nThe teacher will listen to you"

    assert reading_age(lines) == 6
    assert reading_age(lines.replace("\n", " ")) > 6


def test_rich_text_gives_a_line_to_each_heading_paragraph_and_item():
    html = "<h2>Who can help</h2><p>Ask the <b>school</b>.</p><ul><li>one</li><li>two</li></ul>"

    lines = [line for line in rich_text_lines(html).splitlines() if line]

    assert lines == ["Who can help", "Ask the school.", "one", "two"]


def test_a_page_body_is_read_as_its_words_without_choices_or_addresses(db):
    # db: a Wagtail page looks up its content type when it is made, which only a cache
    # filled by an earlier test in the same process would spare.
    page = InformationPage(
        title="Guide",
        summary="A summary.",
        body=[
            ("heading", {"text": "Who can help", "heading_level": "h2"}),
            ("paragraph", "<p>Ask the school.</p>"),
            (
                "contacts",
                {
                    "heading": "Who to contact",
                    "heading_level": "h2",
                    "cards": [
                        {
                            "name": "SENDIASS",
                            "description": "Free advice.",
                            "phone": "",
                            "email": "help@example.org",
                            "website": "https://example.org/",
                        }
                    ],
                },
            ),
        ],
    )

    text = stream_text(page.body)

    assert [line for line in text.splitlines() if line] == [
        "Who can help",
        "Ask the school.",
        "Who to contact",
        "SENDIASS",
        "Free advice.",
    ]
    assert page.readable_text().startswith("A summary.\n")


@pytest.mark.parametrize("text", ["<p>", "&amp;&lt;", "\x00\x01", "😀 " * 20])
def test_odd_text_gives_an_age_or_none_never_an_error(text):
    age = reading_age(rich_text_lines(text))

    assert age is None or age >= 5
