"""Home page, information pages and footer pages. Their words are in demo/data/pages.yaml, with
each StreamField block written as `{block type: value}`; this turns them into raw StreamField
data."""

from datetime import date

from demo.content import read


def heading(text: str, level: str = "h2") -> dict:
    return {"type": "heading", "value": {"text": text, "heading_level": level}}


def paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def callout(html: str, style: str = "inset") -> dict:
    return {"type": "callout", "value": {"style": style, "text": html}}


def accordion(sections: list[dict], level: str = "h2") -> dict:
    """Sections as {heading, summary, content HTML}."""
    return {"type": "accordion", "value": {"heading_level": level, "sections": sections}}


def step_by_step(heading_text: str, steps: list[dict]) -> dict:
    """Steps as {logic: "and" or "or", left out for none; title; content HTML}."""
    return {
        "type": "step_by_step",
        "value": {
            "heading": heading_text,
            "heading_level": "h2",
            "steps": [{"logic": step.get("logic", ""), **step} for step in steps],
        },
    }


def contacts(cards: list[dict], title: str = "Who to contact", level: str = "h2") -> dict:
    return {"type": "contacts", "value": {"heading": title, "heading_level": level, "cards": cards}}


def blocks(entries: list[dict]) -> list[dict]:
    """Blocks as the data files write them, as raw StreamField data. A heading or a callout is
    its text, or a mapping when it has a level or a style; an accordion is its sections, or a
    mapping when it has a level; contacts name their cards in CARDS."""
    made = []
    for entry in entries:
        ((kind, value),) = entry.items()
        plain = isinstance(value, str)
        if kind == "heading":
            made.append(heading(value) if plain else heading(value["text"], value["level"]))
        elif kind == "paragraph":
            made.append(paragraph(value))
        elif kind == "callout":
            made.append(callout(value) if plain else callout(value["text"], value["style"]))
        elif kind == "accordion":
            made.append(
                accordion(value)
                if isinstance(value, list)
                else accordion(value["sections"], value["level"])
            )
        elif kind == "step_by_step":
            made.append(step_by_step(value["heading"], value["steps"]))
        elif kind == "contacts":
            options = {key: value[key] for key in ("title", "level") if key in value}
            made.append(contacts([CARDS[name] for name in value["cards"]], **options))
        else:
            raise ValueError(f"The demo's pages have no block type {kind!r}.")
    return made


_DATA = read("pages")
# Contact cards, by the name the pages' contacts blocks use.
CARDS = _DATA["cards"]
SENDIASS_CARD = CARDS["sendiass"]

HOME_INTRODUCTION = _DATA["home"]["introduction"]
HOME_BODY = blocks(_DATA["home"]["body"])
DIRECTORY_INTRODUCTION = _DATA["introductions"]["directory"]
GLOSSARY_INTRODUCTION = _DATA["introductions"]["glossary"]
# Title, slug and introduction of the advice index and of the page about the Local Offer.
ADVICE = _DATA["advice"]
ABOUT = _DATA["about"]

# Each section: title, slug, kind, introduction and the slugs of pages from other sections
# worth reading there. "advice" is the index of them all; the rest sit under it.
SECTIONS = _DATA["sections"]

# What each of the Local Offer's statutory requirements is met by: (page slug or an address
# on the site, meets it fully?, and for an address, its link text).
REQUIREMENT_LINKS = {
    code: [tuple(link) for link in links] for code, links in _DATA["requirement_links"].items()
}


def top_tasks(pages_by_slug: dict) -> list[dict]:
    """The home page's "Most needed" links, as raw StreamField data: each goes to a page, by
    its slug, or to an address on the site."""
    return [
        {
            "type": "task",
            "value": {
                "text": task["text"],
                "page": pages_by_slug[task["page"]].pk if "page" in task else None,
                "link": task.get("link", ""),
                "description": task["description"],
            },
        }
        for task in _DATA["top_tasks"]
    ]


def information_pages(*, today: date) -> list[dict]:
    """Each page: title, slug, section (a slug from SECTIONS, "advice", or None for the
    home page), summary and body (raw StreamField data), in menu order. "{today}" in a page's
    text becomes the day the demo is loaded, as in "28 November 2026"."""
    loaded = f"{today.day} {today:%B %Y}"
    return [
        {**page, "body": _dated(blocks(page["body"]), loaded)}
        for page in _DATA["information_pages"]
    ]


def _dated(value, loaded: str):
    if isinstance(value, str):
        return value.replace("{today}", loaded)
    if isinstance(value, list):
        return [_dated(item, loaded) for item in value]
    if isinstance(value, dict):
        return {key: _dated(item, loaded) for key, item in value.items()}
    return value
