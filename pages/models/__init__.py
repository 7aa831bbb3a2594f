"""The site's own pages, and the site settings. Every table keeps the name it had when these
models lived in the project package (`localoffer_…`, set by each model's `db_table`), so
moving them here moved no data."""

from pages.choices import Extent, SectionKind, Topic
from pages.models.coverage import CoveragePage
from pages.models.home import GlossaryPage, HomePage
from pages.models.news import EventPage, NewsPage
from pages.models.news_indexes import EventIndexPage, NewsIndexPage
from pages.models.requirements import LocalOfferRequirement, RequirementLink
from pages.models.sections import (
    EasyReadMixin,
    EasyReadPage,
    InformationPage,
    SectionPage,
    SectionRelatedPage,
)
from pages.models.site_settings import SiteSettings

__all__ = [
    "CoveragePage",
    "EasyReadMixin",
    "EasyReadPage",
    "EventIndexPage",
    "EventPage",
    "Extent",
    "GlossaryPage",
    "HomePage",
    "InformationPage",
    "LocalOfferRequirement",
    "NewsIndexPage",
    "NewsPage",
    "RequirementLink",
    "SectionKind",
    "SectionPage",
    "SectionRelatedPage",
    "SiteSettings",
    "Topic",
]
