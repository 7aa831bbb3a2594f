"""Reads for finding one's way around: what a section of advice lists, and the latest annual
report the footer links to. A section page calls them, so they import no page model."""

from dataclasses import dataclass, field

from django.apps import apps

from wagtail.models import Page

from pages.choices import SectionKind

GROUP_HEADINGS = {
    SectionKind.LIFE_STAGE: "By stage of life",
    SectionKind.TOPIC: "By topic",
    SectionKind.OTHER: "More advice",
}


@dataclass(frozen=True)
class PageGroup:
    heading: str
    pages: list[Page]


@dataclass(frozen=True)
class SectionContents:
    groups: list[PageGroup] = field(default_factory=list)
    related: list[Page] = field(default_factory=list)


def _visible(pages):
    return pages.live().public().specific()


def section_contents(*, section: Page) -> SectionContents:
    """The live pages under `section`, sections grouped by kind (life stages, then topics)
    before other pages, and the live pages editors chose from elsewhere, without repeats."""
    children = list(_visible(section.get_children()))
    by_kind: dict[str, list[Page]] = {kind: [] for kind in GROUP_HEADINGS}
    for child in children:
        # The section's own class, not an import of it: the section page calls this reader.
        kind = child.kind if isinstance(child, type(section)) else SectionKind.OTHER
        by_kind[kind].append(child)
    filled = [(kind, pages) for kind, pages in by_kind.items() if pages]
    # One group needs no heading of its own: the section's title says what it is.
    groups = [
        PageGroup(GROUP_HEADINGS[kind] if len(filled) > 1 else "", pages) for kind, pages in filled
    ]

    listed = {child.pk for child in children} | {section.pk}
    chosen = [link.page_id for link in section.related_pages.all()]
    live = {page.pk: page for page in _visible(Page.objects.filter(pk__in=chosen))}
    related = [live[pk] for pk in dict.fromkeys(chosen) if pk in live and pk not in listed]
    return SectionContents(groups=groups, related=related)


def latest_annual_report() -> Page | None:
    """The newest published annual report, which the footer of every page links to. The
    report is the monitoring app's page: a site without that app has none to link."""
    if not apps.is_installed("monitoring"):
        return None
    report_page = apps.get_model("monitoring", "AnnualReportPage")
    return report_page.objects.live().public().order_by("-year").first()
