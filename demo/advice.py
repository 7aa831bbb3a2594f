"""Writes the demo's advice and news: the sections, the information pages in them, the home
page's most needed links, and a year of news and events."""

from collections.abc import Callable
from datetime import date

from django.utils import timezone

from wagtail.models import Page

from demo import news, pages
from directory.models import NeedType
from pages.coverage import requirements_sync
from pages.models import (
    CoveragePage,
    EventIndexPage,
    EventPage,
    Extent,
    HomePage,
    InformationPage,
    LocalOfferRequirement,
    NewsIndexPage,
    NewsPage,
    RequirementLink,
    SectionPage,
    SectionRelatedPage,
    SiteSettings,
)


def load_advice(
    *, home: HomePage, today: date, publish: Callable[[Page, Page], Page]
) -> dict[str, Page]:
    """The advice sections and the information pages in them, the pages each section
    borrows from others, and the home page's most needed links. Returns every page made,
    by slug."""
    advice = publish(home, SectionPage(**pages.ADVICE))
    made: dict[str, Page] = {advice.slug: advice}
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
    made["news"] = load_news(home=home, today=today, publish=publish)
    _link_requirements(made)
    about = publish(advice, CoveragePage(**pages.ABOUT))
    made[about.slug] = about
    return made


def _link_requirements(made: dict[str, Page]) -> None:
    """Link the statutory requirements to the demo pages that meet them."""
    # Migrations create the requirements, but a test database emptied between browser
    # tests may have lost them.
    requirements_sync()
    for code, links in pages.REQUIREMENT_LINKS.items():
        requirement = LocalOfferRequirement.objects.get(code=code)
        for target, full, *text in links:
            link = RequirementLink(
                requirement=requirement,
                page=None if target.startswith("/") else made[target],
                address=target if target.startswith("/") else "",
                address_text=text[0] if text else "",
                extent=Extent.FULL if full else Extent.PART,
            )
            link.full_clean()
            link.save()


def load_news(
    *, home: HomePage, today: date, publish: Callable[[Page, Page], Page]
) -> NewsIndexPage:
    """/news/ with its news, and /news/events/ with events; the navigation links to them."""
    index = publish(home, NewsIndexPage(**news.NEWS_INDEX))
    for spec in news.news(today=today):
        publish(index, NewsPage(**spec))
    events = publish(index, EventIndexPage(**news.EVENTS_INDEX))
    needs = {need.code: need for need in NeedType.objects.all()}
    for spec in news.events(today=today):
        event = EventPage(
            **{key: value for key, value in spec.items() if key != "needs"},
        )
        event.starts_at = timezone.make_aware(spec["starts_at"])
        event.ends_at = timezone.make_aware(spec["ends_at"])
        event.needs = [needs[code] for code in spec["needs"]]
        event.clean()
        publish(events, event)
    settings = SiteSettings.for_site(home.get_site())
    settings.news_page = index
    settings.save()
    return index
