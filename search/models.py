"""The search vocabulary: acronyms families meet and the words they use for the same thing.
Both are expanded at query time, so an editor's change takes effect without reindexing."""

from django.db import models

from wagtail.search import index


class GlossaryTerm(index.Indexed, models.Model):
    term = models.CharField(max_length=30, unique=True, help_text="For example: EHCP.")
    meaning = models.CharField(
        max_length=200,
        help_text="What it stands for, for example: Education, Health and Care Plan.",
    )
    description = models.TextField(blank=True, help_text="A plain-English explanation.")

    search_fields = [index.SearchField("term"), index.SearchField("meaning")]

    class Meta:
        ordering = ["term"]
        verbose_name = "glossary term"

    def __str__(self):
        return f"{self.term}: {self.meaning}"


class Synonym(models.Model):
    terms = models.CharField(
        max_length=500,
        unique=True,
        help_text=(
            "Words or phrases that mean the same thing to families, separated by commas, "
            "for example: speech and language therapy, SALT, speech therapy."
        ),
    )

    class Meta:
        ordering = ["terms"]

    def __str__(self):
        return self.terms

    @property
    def phrases(self) -> list[str]:
        return [phrase.strip() for phrase in self.terms.split(",") if phrase.strip()]
