"""How text becomes search terms, the same for what is indexed and what is asked, on every
backend: lower-case words, stop words dropped, each word stemmed, so that "therapies" finds
"therapy" and "swimming" finds "swim" whether the database or Elasticsearch answers."""

import re
from functools import lru_cache

import snowballstemmer

# Words that carry no meaning in a search for a service; without dropping them, "help for my
# son with autism" would ask for services that mention "my" and "son". Ages are a filter, not
# words to match, so "14 year old" asks for nothing either.
STOP_WORDS = frozenset(
    """a about aged all an and any are as at be by can child children daughter do does for
    from get have help how i in is it me my near need needs of old on or our services service
    some son that the their there they this to want we what where which who with year years
    yr yrs you your""".split()  # noqa: SIM905
)

_WORD = re.compile(r"[^\W_]+")
_stemmer = snowballstemmer.stemmer("english")


def tokenize(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def content_words(phrase: str) -> list[str]:
    """The words of a phrase that mean something in a search: stop words and numbers out."""
    return [word for word in tokenize(phrase) if word not in STOP_WORDS and not word.isdigit()]


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


def terms(text: str) -> list[str]:
    """The search terms of `text`, in order, repeats kept (phrases need the order)."""
    return [stem(word) for word in content_words(text)]


def index_text(*texts: str) -> str:
    """What a backend indexes for these texts: their terms, space-separated."""
    return " ".join(term for text in texts for term in terms(text))
