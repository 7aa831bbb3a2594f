"""The directory as the search engine sees it: public services and the facets families use."""

from django.utils.html import strip_tags

from search.catalogue import Catalogue, Facet


def _term_options(model, value_field: str = "slug"):
    def options() -> list[tuple[str, str]]:
        return list(model.objects.values_list(value_field, "name"))

    return options


def service_document(service) -> dict:
    return {
        "title": service.title,
        "summary": service.summary,
        "description": strip_tags(service.description),
        "organisation": service.organisation_name(),
        "vocabulary": service.vocabulary_text(),
        "locations": [
            {"lat": float(location.latitude), "lon": float(location.longitude)}
            for location in service.locations.all()
            if location.latitude is not None and location.longitude is not None
        ],
    }


def service_catalogue() -> Catalogue:
    from directory import models

    def searchable():
        return models.ServicePage.objects.live().public()

    return Catalogue(
        searchable=searchable,
        text_fields=(
            ("title", 5),
            ("summary", 2),
            ("vocabulary", 2),
            ("organisation", 1),
            ("description", 1),
        ),
        document=service_document,
        documents=lambda: (
            searchable()
            .select_related("organisation")
            .prefetch_related("needs", "categories", "support_levels", "locations")
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
        ),
    )
