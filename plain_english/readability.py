"""How hard a text is to read, as a reading age.

textstat's Automated Readability Index counts characters, words and sentences only. Its
syllable-based formulas (Flesch-Kincaid, SMOG) look words up in NLTK's pronouncing dictionary,
which textstat downloads from the internet on first use: a web process must not do that.
ARI gives a US school grade; a reading age is the grade plus five, as UK guidance counts it
(GOV.UK aims at a reading age of 9)."""

import re
from html.parser import HTMLParser

import textstat

from wagtail import blocks
from wagtail.rich_text import RichText

# Fewer words than this say too little for any formula to mean anything.
MIN_WORDS = 5
YOUNGEST = 5

_BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "div", "blockquote", "td"}
_SENTENCE_END = re.compile(r"[.!?]['\")\]]*$")


def reading_age(text: str) -> int | None:
    """The age at which most children can read `text`, or None when it is too short to say.
    Each line counts as a sentence: headings and list items have no full stop, and run into
    the next line otherwise."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    text = " ".join(line if _SENTENCE_END.search(line) else f"{line}." for line in lines)
    if textstat.lexicon_count(text) < MIN_WORDS:
        return None
    return max(YOUNGEST, round(textstat.automated_readability_index(text) + 5))


def rich_text_lines(html: str) -> str:
    """The text of rich text's HTML, one paragraph, heading or list item to a line."""
    parser = _LineParser()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def stream_text(value) -> str:
    """The words a StreamField shows, a line for each heading, paragraph or item; choices,
    addresses and links' targets are left out, which are not read as prose."""
    return "\n".join(_block_lines(value.stream_block, value))


def _block_lines(block, value):
    if value in (None, ""):
        return
    if isinstance(block, blocks.RichTextBlock):
        yield rich_text_lines(value.source if isinstance(value, RichText) else str(value))
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        yield str(value)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from _block_lines(child, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from _block_lines(block.child_block, item)
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _block_lines(child.block, child.value)


class _LineParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)
