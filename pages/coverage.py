"""The statutory coverage check: which requirements of a Local Offer its published pages
meet, and the share of them that are met."""

from dataclasses import dataclass, field

from django.db import transaction

from wagtail.models import Page

from pages.choices import Extent
from pages.models.requirements import LocalOfferRequirement
from pages.requirements import REQUIREMENTS

COVERED, PARTLY, MISSING = "Covered", "Partly covered", "Missing"


@dataclass(frozen=True)
class SitePart:
    """A part of the site that is not a page, such as You said, we did, linked by address."""

    url: str
    text: str = ""

    @property
    def title(self) -> str:
        return self.text or self.url

    @property
    def full_url(self) -> str:
        return self.url


@dataclass(frozen=True)
class RequirementCoverage:
    requirement: LocalOfferRequirement
    status: str
    pages: list[Page | SitePart] = field(default_factory=list)

    # What the report's columns and its spreadsheet exports read.
    @property
    def title(self) -> str:
        return self.requirement.title

    @property
    def source(self) -> str:
        return self.requirement.source

    @property
    def page_titles(self) -> str:
        return "; ".join(page.title for page in self.pages)

    @property
    def page_urls(self) -> str:
        return " ".join(page.full_url or "" for page in self.pages)


@dataclass(frozen=True)
class Coverage:
    rows: list[RequirementCoverage]

    def count(self, status: str) -> int:
        return sum(row.status == status for row in self.rows)

    @property
    def percent(self) -> int:
        """Covered requirements as a whole-number percentage; partly covered ones count
        half, so that work under way shows without being taken for done."""
        if not self.rows:
            return 0
        score = self.count(COVERED) + self.count(PARTLY) / 2
        return round(100 * score / len(self.rows))


def requirements_sync() -> None:
    """Create or update the requirements from `pages.requirements`, keeping editors'
    links. Safe to run again: it runs after every migrate."""
    with transaction.atomic():
        for order, (code, title, source) in enumerate(REQUIREMENTS):
            LocalOfferRequirement.objects.update_or_create(
                code=code, defaults={"title": title, "source": source, "sort_order": order}
            )


def local_offer_coverage() -> Coverage:
    """Each requirement with the published pages linked to it: covered when one of them
    meets it fully, partly covered when they meet only part, missing when none is live."""
    requirements = list(LocalOfferRequirement.objects.prefetch_related("links"))
    linked = {link.page_id for requirement in requirements for link in requirement.links.all()}
    live = {page.pk: page for page in Page.objects.live().public().filter(pk__in=linked)}
    rows = []
    for requirement in requirements:
        links = [
            link
            for link in requirement.links.all()
            if link.page_id in live or (link.address and not link.page_id)
        ]
        if any(link.extent == Extent.FULL for link in links):
            status = COVERED
        elif links:
            status = PARTLY
        else:
            status = MISSING
        rows.append(
            RequirementCoverage(
                requirement=requirement,
                status=status,
                pages=[
                    live.get(link.page_id) or SitePart(link.address, link.address_text)
                    for link in links
                ],
            )
        )
    return Coverage(rows=rows)
