"""The demo's easy read pages, from demo/data/easy_read.yaml."""

from collections.abc import Callable

from wagtail.models import Page

from demo.content import read
from pages.models import EasyReadPage


def load_easy_read(*, made: dict[str, Page], publish: Callable[[Page, Page], Page]) -> None:
    """Publish each easy read page under the advice page it explains (`made`, by slug)."""
    for spec in read("easy_read"):
        original = made[spec["original"]]
        body = [(kind, value) for block in spec["body"] for kind, value in block.items()]
        publish(
            original,
            EasyReadPage(
                title=spec["title"],
                slug=spec["slug"],
                summary=spec["summary"],
                original_page=original,
                body=body,
            ),
        )
