"""Acronyms families meet, and the words they use for the same thing, from
demo/data/glossary.yaml."""

from demo.content import read

_DATA = read("glossary")
# (term, meaning, description)
GLOSSARY = [(row["term"], row["meaning"], row["description"]) for row in _DATA["terms"]]
# Each a set of words that mean the same, written as one comma-separated line.
SYNONYMS = _DATA["synonyms"]
