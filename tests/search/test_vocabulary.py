import pytest

from search.highlighting import highlight
from search.matching import readings
from search.text import content_words
from search.vocabulary import expand_query
from tests.factories import GlossaryTermFactory, SynonymFactory


@pytest.fixture
def vocabulary(db):
    GlossaryTermFactory(term="EHCP", meaning="Education, Health and Care Plan")
    SynonymFactory(terms="speech and language therapy, SALT, speech therapy")


def test_an_acronym_also_reads_as_its_meaning(vocabulary):
    assert expand_query("EHCP review") == ["ehcp review", "educ health care plan review"]


def test_a_meaning_also_reads_as_its_acronym(vocabulary):
    assert "ehcp" in expand_query("Education, Health and Care Plan")


def test_synonyms_expand_in_every_direction(vocabulary):
    alternatives = expand_query("SALT for a 6 year old")

    assert alternatives[0] == "salt"
    assert "speech languag therapi" in alternatives
    assert "speech therapi" in alternatives


def test_only_whole_words_are_replaced(vocabulary):
    assert expand_query("salty snacks") == ["salti snack"]


def test_phrases_are_compared_in_any_of_their_forms(vocabulary):
    assert "salt" in expand_query("speech therapies")


def test_an_editors_change_takes_effect_at_once(vocabulary):
    assert expand_query("respite") == ["respit"]

    SynonymFactory(terms="short breaks, respite")

    assert expand_query("respite") == ["respit", "short break"]


def test_punctuation_only_queries_expand_to_nothing(db):
    assert expand_query("\"'*()") == []


def test_content_words_drop_words_that_do_not_narrow_a_search():
    assert content_words("help for my son with autism") == ["autism"]
    assert content_words("my sons won't go to school") == ["school"]
    assert content_words("my 2 year old isn't talking yet") == ["talking"]


def test_highlight_escapes_before_marking(db):
    marked = highlight("<b>Speech</b> & speaking", readings("speech speak"))

    assert marked == "&lt;b&gt;<mark>Speech</mark>&lt;/b&gt; &amp; <mark>speaking</mark>"
