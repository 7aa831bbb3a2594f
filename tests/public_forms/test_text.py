"""`clean_public_text`, `local_path` and `public_path`: what public text may be stored as, and
where a "back to" link may lead."""

from datetime import date

import pytest

from public_forms.text import (
    DATE_REPLACEMENT,
    EMAIL_REPLACEMENT,
    NHS_NUMBER_REPLACEMENT,
    PHONE_REPLACEMENT,
    POSTCODE_REPLACEMENT,
    SHORTENED_MARK,
    clean_public_text,
    local_path,
    public_path,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What the redaction used to miss
        ("ring 0044 7700 900123 after 3", f"ring {PHONE_REPLACEMENT} after 3"),
        ("07700/900123", PHONE_REPLACEMENT),
        ("we live at NE1  4ST", f"we live at {POSTCODE_REPLACEMENT}"),
        ("NE14ST", POSTCODE_REPLACEMENT),
        ("NHS number 943 476 5919", f"NHS number {NHS_NUMBER_REPLACEMENT}"),
        ("nhs no 9434765919.", f"nhs no {NHS_NUMBER_REPLACEMENT}."),
        ("DOB 12/03/2015", f"DOB {DATE_REPLACEMENT}"),
        ("she was born on 3rd March 2019", f"she was born on {DATE_REPLACEMENT}"),
        ("date of birth: 2014-05-01", f"date of birth: {DATE_REPLACEMENT}"),
        ("Jack, 14/07/2012, year 8", f"Jack, {DATE_REPLACEMENT}, year 8"),
        ("write to jane at example dot com", f"write to {EMAIL_REPLACEMENT}"),
        ("jane (at) example (dot) co (dot) uk", EMAIL_REPLACEMENT),
        ("jane[at]example.com", EMAIL_REPLACEMENT),
        ("JANE AT EXAMPLE DOT ORG", EMAIL_REPLACEMENT),
    ],
)
def test_personal_details_are_redacted(text, expected):
    assert clean_public_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We arrived at school. Then nobody answered.",
        "I looked at gov.uk and at northby.gov.uk first.",
        f"The panel met on 4 March {date.today().year}.",
        "From 9:30 until 11am, aged 14, in year 10.",
    ],
)
def test_everyday_words_dates_and_numbers_stay(text):
    assert clean_public_text(text) == text


def test_control_characters_go_and_line_breaks_become_newlines():
    pasted = "First line\x0bsecond\r\nthird\u2028fourth\x00\x1b[31m\u202eevil\x7f\ufeff"
    assert clean_public_text(pasted) == "First line\nsecond\nthird\nfourth[31mevil"


def test_a_result_made_too_long_by_redaction_is_shortened_with_a_mark():
    text = "Email a@b.co " * 20  # 260 characters typed, much longer once redacted
    cleaned = clean_public_text(text, max_length=200)
    assert len(cleaned) <= 200
    assert cleaned.endswith(SHORTENED_MARK)
    assert "a@b.co" not in cleaned


def test_cleaning_twice_changes_nothing():
    once = clean_public_text("Ring 07700 900123 or jane at example dot com\x0b", max_length=30)
    assert clean_public_text(once, max_length=30) == once


@pytest.mark.parametrize(
    "value",
    [
        "/\t/evil.example",
        "/\n/evil.example",
        "/\r/evil.example",
        "//evil.example",
        "/\\evil.example",
        "\\/evil.example",
        "https://evil.example/",
        "javascript:alert(1)",
        " /\x0b/evil.example",
        "",
    ],
)
def test_a_back_link_never_leads_off_the_site(value):
    assert local_path(value) == "/"


def test_a_local_path_is_kept():
    assert local_path("/services/speech-therapy/?q=speech") == "/services/speech-therapy/?q=speech"


def test_a_stored_path_has_its_query_redacted_and_no_control_characters():
    stored = public_path("/services/?q=jane%40example.com+07700+900123&age=6")
    assert stored == f"/services/?q={EMAIL_REPLACEMENT} {PHONE_REPLACEMENT}&age=6"
    assert public_path("/\t/evil.example") == "/"
    assert len(public_path("/services/?q=" + "a" * 900, max_length=500)) == 500
