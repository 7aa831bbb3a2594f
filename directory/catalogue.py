"""The directory as the search engine sees it: public services and the facets families use."""

from search.catalogue import Catalogue, Facet


def _term_options(model, value_field: str = "slug"):
    def options() -> list[tuple[str, str]]:
        return list(model.objects.values_list(value_field, "name"))

    return options


def service_catalogue() -> Catalogue:
    from directory import models

    return Catalogue(
        searchable=lambda: models.ServicePage.objects.live().public(),
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
