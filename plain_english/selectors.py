from dataclasses import dataclass

from wagtail.models import Page, get_page_models

from plain_english.readability import reading_age


@dataclass(frozen=True)
class ReadingAgeRow:
    page: Page
    kind: str
    reading_age: int

    @property
    def title(self) -> str:
        return self.page.title

    @property
    def url(self) -> str:
        return self.page.full_url or ""


def readable_page_models() -> list[type[Page]]:
    """Page types whose text is measured: those with a `readable_text()` method, and a
    `readability_label` that says what it measures ("Information page", "Listing summary")."""
    return [model for model in get_page_models() if hasattr(model, "readable_text")]


def pages_above_reading_age(*, target: int) -> list[ReadingAgeRow]:
    """Live pages harder to read than `target`, the hardest first. Measured as they are
    published: a draft is measured in its edit form."""
    rows = []
    for model in readable_page_models():
        for page in model.objects.live().exact_type(model).specific():
            age = reading_age(page.readable_text())
            if age is not None and age > target:
                rows.append(ReadingAgeRow(page=page, kind=model.readability_label, reading_age=age))
    return sorted(rows, key=lambda row: (-row.reading_age, row.page.title))
