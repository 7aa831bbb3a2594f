"""How text becomes search terms, the same for what is indexed and what is asked, on every
backend: lower-case words, stop words dropped, each word stemmed, so that "therapies" finds
"therapy" and "swimming" finds "swim" whether the database or Elasticsearch answers."""

import re
from functools import lru_cache

import snowballstemmer

# Words that carry no meaning in a search for a service; without dropping them, "help for my
# son with autism" would ask for services that mention "my" and "son". Ages are a filter, not
# words to match, so "14 year old" asks for nothing either. A word is dropped when it, or its
# stem, is here ("sons", "daughter's").
STOP_WORDS = frozenset(
    """a about aged all also am an and any anyone are as at be because been being but by can
    cannot cant child children could daughter did do does doesn doesnt don dont for from get
    gets getting go going got had has have having he help her here him his how i im in into is
    isn isnt it its ive just like me might more most much my near need needed needs no not
    now of old on one or our out please really services service she should so some someone
    something son than that the their them then there these they thing things this those to
    too up us very want wants was we were what when where which who why will with won wont
    would year years yet yr yrs you your""".split()  # noqa: SIM905
)

_WORD = re.compile(r"[^\W_]+")
_stemmer = snowballstemmer.stemmer("english")


def tokenize(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def content_words(phrase: str) -> list[str]:
    """The words of a phrase that mean something in a search: stop words, numbers and the
    letters left by apostrophes ("isn't" -> "isn", "t") out."""
    return [
        word
        for word in tokenize(phrase)
        if len(word) > 1
        and not word.isdigit()
        and word not in STOP_WORDS
        and stem(word) not in STOP_WORDS
    ]


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


def terms(text: str) -> list[str]:
    """The search terms of `text`, in order, repeats kept (phrases need the order)."""
    return [stem(word) for word in content_words(text)]


def index_text(*texts: str) -> str:
    """What a backend indexes for these texts: their terms, space-separated."""
    return " ".join(term for text in texts for term in terms(text))
