"""Writes the demo's advice: the sections, the information pages in them and the home page's
most needed links."""

from collections.abc import Callable
from datetime import date

from wagtail.models import Page

from localoffer.demo import pages
from localoffer.models import HomePage, InformationPage, SectionPage, SectionRelatedPage


def load_advice(
    *, home: HomePage, today: date, publish: Callable[[Page, Page], Page]
) -> dict[str, Page]:
    """The advice sections and the information pages in them, the pages each section
    borrows from others, and the home page's most needed links. Returns every page made,
    by slug."""
    advice = publish(
        home,
        SectionPage(
            title="Advice and guidance", slug="advice", introduction=pages.ADVICE_INTRODUCTION
        ),
    )
    made: dict[str, Page] = {"advice": advice}
    for spec in pages.SECTIONS:
        fields = {key: value for key, value in spec.items() if key != "related"}
        made[spec["slug"]] = publish(advice, SectionPage(**fields))
    for spec in pages.information_pages(today=today):
        fields = {key: value for key, value in spec.items() if key != "section"}
        parent = made[spec["section"]] if spec["section"] else home
        made[spec["slug"]] = publish(parent, InformationPage(**fields))
    for spec in pages.SECTIONS:
        section = made[spec["slug"]]
        section.related_pages = [
            SectionRelatedPage(page=made[slug], sort_order=index)
            for index, slug in enumerate(spec["related"])
        ]
        section.save_revision().publish()
    home.top_tasks = pages.top_tasks(made)
    home.save_revision().publish()
    return made
