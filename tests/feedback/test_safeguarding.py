"""The safeguarding word list, against the way people actually write."""

import pytest

from feedback.safeguarding import DEFAULT_PHRASES, suggests_risk


@pytest.mark.parametrize(
    "text",
    [
        "My son has been self harming since he moved schools and no one will help",
        "She self-harms when the transport doesn't turn up",
        "my daughter is SELF HARMING again",
        "He told his TA he wants to kill himself",
        "I feel suicidal waiting this long for CAMHS",
        "sometimes i want to die",
        "I don’t feel safe at home",  # a typographic apostrophe, as phones type it
        "she doesnt feel safe? no, she doesn't feel safe with her dad",
        "It's not safe for him to go home after school",
        "My stepdad hits me when I get things wrong",
        "I think she is being abused by an older boy",
        "there is emotional abuse going on in the house",
        "He's scared to go home",
        "a man online has been grooming my 14 year old",
        "worried he's being exploited for county lines",
        "He keeps running away and the police bring him back",
        "we have no food at home since the benefits stopped",
    ],
)
def test_realistic_phrasings_of_risk_are_flagged(text):
    assert suggests_risk(text, phrases=DEFAULT_PHRASES)


@pytest.mark.parametrize(
    "text",
    [
        "The search for speech therapy found nothing in Northby",
        "The page about EHC plans was really helpful, thank you",
        "The safeguarding page link in the footer is broken",
        "We felt safe and welcome at the holiday club",
        "The opening hours on the swimming page are wrong",
        "My son loves the self-help tips on the sleep page",
        "Please add the new autism support group at the library",
    ],
)
def test_everyday_feedback_is_not_flagged(text):
    assert not suggests_risk(text, phrases=DEFAULT_PHRASES)


def test_phrases_ignore_blank_lines_and_case_and_a_star_matches_any_ending():
    phrases = "\n  Bull*  \n\nleft alone\n"
    assert suggests_risk("he is BULLIED every day", phrases=phrases)
    assert suggests_risk("she is left alone all weekend", phrases=phrases)
    assert not suggests_risk("the leaflet alone was enough", phrases=phrases)
    assert not suggests_risk("anything at all", phrases="\n\n")
