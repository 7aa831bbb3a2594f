"""The statutory requirements of a Local Offer, and the pages editors link to each."""

from django.core.exceptions import ValidationError
from django.db import models

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from pages.choices import Extent


class LocalOfferRequirement(ClusterableModel):
    """Something the law says a Local Offer must contain, and the pages that meet it. The
    list comes from `pages.requirements`; editors add the links."""

    code = models.SlugField(max_length=60, unique=True, editable=False)
    title = models.CharField(max_length=300)
    source = models.CharField(max_length=200, help_text="Where the requirement comes from.")
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    panels = [
        FieldPanel("title", read_only=True),
        FieldPanel("source", read_only=True),
        InlinePanel(
            "links",
            heading="Pages and listings that meet it",
            label="Page or listing",
            help_text="Link published pages. One that meets only part of the requirement "
            "counts as partly covered.",
        ),
    ]

    class Meta:
        db_table = "localoffer_localofferrequirement"
        ordering = ["sort_order", "pk"]
        verbose_name = "Local Offer requirement"

    def __str__(self) -> str:
        return self.title


class RequirementLink(Orderable):
    requirement = ParentalKey(LocalOfferRequirement, on_delete=models.CASCADE, related_name="links")
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    address = models.CharField(
        max_length=200,
        blank=True,
        help_text="Instead of a page: a part of this site that is not a page, such as "
        "/you-said-we-did/.",
    )
    address_text = models.CharField(
        max_length=100, blank=True, help_text="What a link to the address says."
    )
    extent = models.CharField(max_length=10, choices=Extent.choices, default=Extent.FULL)

    panels = [
        FieldPanel("page"),
        FieldPanel("address"),
        FieldPanel("address_text"),
        FieldPanel("extent"),
    ]

    class Meta(Orderable.Meta):
        db_table = "localoffer_requirementlink"
        constraints = [
            models.UniqueConstraint(fields=["requirement", "page"], name="unique_requirement_page")
        ]

    def clean(self):
        super().clean()
        if bool(self.page_id) == bool(self.address):
            raise ValidationError("Choose a page or give an address, not both.")
        if self.address and not (self.address.startswith("/") and "//" not in self.address):
            raise ValidationError({"address": "Give an address on this site, starting with /."})
