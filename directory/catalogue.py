"""The directory as the search engine sees it: public services and the facets families use."""

from collections.abc import Iterator

from directory import models
from search.catalogue import Catalogue, Facet


def _term_options(model, value_field: str = "slug"):
    def options() -> list[tuple[str, str]]:
        return list(model.objects.values_list(value_field, "name"))

    return options


def service_document(service) -> dict:
    return {
        "title": service.title,
        "key_terms": service.search_key_terms(),
        "terms": service.search_terms(),
        "locations": [
            {"lat": float(location.latitude), "lon": float(location.longitude)}
            for location in service.locations.all()
            if location.latitude is not None and location.longitude is not None
        ],
    }


def service_catalogue() -> Catalogue:
    def searchable():
        return models.ServicePage.objects.live().public()

    def texts() -> Iterator[str]:
        for row in searchable().values_list("title", "summary", "description", "eligibility"):
            yield from row
        for model in (
            models.NeedType,
            models.Category,
            models.SupportLevel,
            models.Area,
            models.AccessibilityFeature,
            models.ServiceTime,
        ):
            yield from model.objects.values_list("name", flat=True)

    return Catalogue(
        model=models.ServicePage,
        searchable=searchable,
        texts=texts,
        document=service_document,
        documents=lambda: (
            searchable()
            .select_related("organisation")
            .prefetch_related(
                "needs",
                "categories",
                "support_levels",
                "accessibility_features",
                "times",
                "languages",
                "areas",
                "locations",
            )
            .order_by("pk")
        ),
        facets=(
            Facet("need", "Need", "needs__code", _term_options(models.NeedType, "code")),
            Facet("area", "Area", "areas__slug", _term_options(models.Area)),
            Facet("cost", "Cost", "cost", lambda: list(models.Cost.choices)),
            Facet(
                "level",
                "Level of support",
                "support_levels__slug",
                _term_options(models.SupportLevel),
            ),
            Facet(
                "category", "Type of support", "categories__slug", _term_options(models.Category)
            ),
            Facet(
                "delivery",
                "How it is delivered",
                "delivery_methods__slug",
                _term_options(models.DeliveryMethod),
            ),
            Facet(
                "referral",
                "How to get referred",
                "referral_routes__slug",
                _term_options(models.ReferralRoute),
            ),
            Facet(
                "access",
                "Venue accessibility",
                "accessibility_features__slug",
                _term_options(models.AccessibilityFeature),
            ),
            Facet("when", "When it runs", "times__slug", _term_options(models.ServiceTime)),
            Facet(
                "language",
                "Languages spoken",
                "languages__code",
                _term_options(models.Language, "code"),
            ),
        ),
    )
