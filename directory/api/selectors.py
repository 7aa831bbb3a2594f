"""Reads for the Open Referral UK API: only live, public listings, each list in a fixed number
of queries whatever the page size."""

import math
import uuid
from dataclasses import dataclass, replace
from decimal import Decimal

from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Replace, Upper

from directory.api.mapping import SERVICE_RELATIONS, VOCABULARIES, VOCABULARY_BY_ID
from directory.models import ListingReview, Organisation, ServiceLocation, ServicePage

EARTH_RADIUS_METRES = 6_371_000


@dataclass(frozen=True)
class Page:
    items: list
    total: int
    number: int
    per_page: int

    @property
    def envelope(self) -> dict:
        """The paging properties the profile puts beside `contents`."""
        total_pages = math.ceil(self.total / self.per_page)
        return {
            "total_items": self.total,
            "total_pages": total_pages,
            "page_number": self.number,
            "size": len(self.items),
            "first_page": self.number == 1,
            "last_page": self.number >= total_pages,
            "empty": not self.items,
        }


def paginate(items, *, page: int, per_page: int, rows: QuerySet | None = None) -> Page:
    """A page of a queryset (three queries: the count, the page's ids, their rows) or of a
    list. Rows are read by id because SQLite computes every selected column, annotations
    included, for the rows an OFFSET skips: page 150 took a second that way. `rows` is where
    to read them from when `items`' own conditions would be worked out again for them (a
    subquery over every service)."""
    start = (page - 1) * per_page
    if not isinstance(items, QuerySet):
        return Page(items[start : start + per_page], len(items), page, per_page)
    total = items.count()
    ids = (
        list(items.values_list("pk", flat=True)[start : start + per_page]) if start < total else []
    )
    found = (items.order_by() if rows is None else rows).in_bulk(ids)
    # A row deleted since its id was read is left out.
    return Page([found[pk] for pk in ids if pk in found], total, page, per_page)


def public_services() -> QuerySet:
    """Live listings that anyone may read, with their organisation and who checked them last."""
    latest_check = ListingReview.objects.filter(service=OuterRef("pk")).order_by("-at", "-pk")
    return (
        ServicePage.objects.live()
        .public()
        .select_related("organisation")
        .annotate(assured_by=Subquery(latest_check.values("checked_by")[:1]))
    )


def _text_matches(words: list[str]) -> Q:
    """Every word in the name, summary, organisation or a need or category name. Plain
    substring matching: predictable for machines, and the same on every database."""
    needs = ServicePage.needs.through.objects.filter(servicepage=OuterRef("pk"))
    categories = ServicePage.categories.through.objects.filter(servicepage=OuterRef("pk"))
    condition = Q()
    for word in words:
        condition &= (
            Q(title__icontains=word)
            | Q(summary__icontains=word)
            | Q(organisation__name__icontains=word)
            | Exists(needs.filter(needtype__name__icontains=word))
            | Exists(categories.filter(category__name__icontains=word))
        )
    return condition


def _tagged(*, term_ids: list[uuid.UUID] | None = None, vocabularies=()) -> Q:
    """Services with any of the terms, or any term of the vocabularies."""
    condition = Q(pk__in=[])
    for vocabulary in VOCABULARIES:
        through = ServicePage._meta.get_field(vocabulary.key).remote_field.through
        term_field = vocabulary.model._meta.model_name
        # Uncorrelated, so the database finds the tagged services once, not once per service.
        tagged = through.objects.values("servicepage")
        if vocabulary in vocabularies:
            condition |= Q(pk__in=tagged)
        elif term_ids:
            condition |= Q(pk__in=tagged.filter(**{f"{term_field}__oruk_id__in": term_ids}))
    return condition


def filter_services(services: QuerySet, filters: dict) -> QuerySet:
    """Apply the API's filters (cleaned by ServiceFilterForm) to a queryset of services."""
    if words := (filters.get("search") or "").split():
        services = services.filter(_text_matches(words))
    if filters.get("taxonomy_term_id"):
        services = services.filter(_tagged(term_ids=filters["taxonomy_term_id"]))
    if taxonomy_ids := filters.get("taxonomy_id"):
        chosen = [VOCABULARY_BY_ID[str(i)] for i in taxonomy_ids if str(i) in VOCABULARY_BY_ID]
        services = services.filter(_tagged(vocabularies=chosen))
    if filters.get("organization_id"):
        services = services.filter(organisation__oruk_id__in=filters["organization_id"])
    if (minimum := filters.get("minimum_age")) is not None:
        services = services.filter(min_age__gte=math.ceil(minimum))
    if (maximum := filters.get("maximum_age")) is not None:
        services = services.filter(max_age__lte=math.floor(maximum))
    if filters.get("modified_after"):
        services = services.filter(last_published_at__gte=filters["modified_after"])
    schedule = {}
    if filters.get("day"):
        schedule["schedules__weekday__in"] = filters["day"]
    if filters.get("start_time"):
        schedule["schedules__opens_at__gte"] = filters["start_time"]
    if filters.get("end_time"):
        schedule["schedules__closes_at__lte"] = filters["end_time"]
    if schedule:
        services = services.filter(pk__in=ServicePage.objects.filter(**schedule).values("pk"))
    return services


def services_page(filters: dict) -> Page:
    services = filter_services(public_services(), filters).order_by("title", "pk")
    return paginate(services, page=filters["page"], per_page=filters["per_page"])


def service_by_id(service_id: str) -> ServicePage | None:
    return (
        public_services()
        .prefetch_related(*SERVICE_RELATIONS)
        .filter(oruk_id=_uuid(service_id))
        .first()
        if _uuid(service_id)
        else None
    )


def _uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def _venues() -> QuerySet:
    return ServiceLocation.objects.select_related("area")


def _public_locations(services: QuerySet) -> QuerySet:
    return _venues().filter(service__in=services.values("pk"))


def _with_services(locations: list[ServiceLocation], *, full: bool) -> list[ServiceLocation]:
    """Attach each venue's service, loaded as the list or the full mapping needs it (one
    query, or one per relation), so a page of venues costs the same whatever its size. A
    venue whose service is no longer public (withdrawn since the venue was found) is left
    out."""
    services = public_services().filter(pk__in={location.service_id for location in locations})
    if full:
        services = services.prefetch_related(*SERVICE_RELATIONS)
    by_pk = {service.pk: service for service in services}
    kept = [location for location in locations if location.service_id in by_pk]
    for location in kept:
        location.service = by_pk[location.service_id]
    return kept


def postcode_centre(postcode: str) -> tuple[float, float] | None:
    """Where a postcode is, as the middle of the directory's venues with that postcode, or
    else with that postcode district (NB1): the site has no postcode gazetteer of its own."""
    squashed = Upper(Replace("postcode", Value(" "), Value("")))
    venues = ServiceLocation.objects.filter(latitude__isnull=False, longitude__isnull=False)
    outward = postcode.split()[0]
    for condition in (
        Q(squashed_postcode=postcode.replace(" ", "")),
        Q(squashed_postcode__regex=rf"^{outward}[0-9][A-Z]{{2}}$"),
    ):
        points = list(
            venues.annotate(squashed_postcode=squashed)
            .filter(condition)
            .values_list("latitude", "longitude")
        )
        if points:
            return (
                float(sum(point[0] for point in points) / len(points)),
                float(sum(point[1] for point in points) / len(points)),
            )
    return None


def _distance_metres(origin: tuple[float, float], latitude: Decimal, longitude: Decimal) -> float:
    lat1, lon1 = map(math.radians, origin)
    lat2, lon2 = math.radians(float(latitude)), math.radians(float(longitude))
    a = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_METRES * math.asin(math.sqrt(a))


def service_at_locations_page(filters: dict, *, centre: tuple[float, float] | None) -> Page:
    """Venues of public services, by service name; nearest first when a postcode is given,
    and within `proximity` metres of it when that is given too."""
    locations = _public_locations(filter_services(public_services(), filters))
    page, per_page = filters["page"], filters["per_page"]
    if centre is None:
        result = paginate(
            locations.order_by("service__title", "service_id", "sort_order", "pk"),
            page=page,
            per_page=per_page,
            # The ids are of public services' venues already.
            rows=_venues(),
        )
    else:
        proximity = filters.get("proximity")
        positions = locations.filter(latitude__isnull=False, longitude__isnull=False)
        if proximity:
            # A box around the circle first, so the database does the bulk of the work.
            degrees = math.degrees(proximity / EARTH_RADIUS_METRES)
            across = degrees / max(math.cos(math.radians(centre[0])), 0.01)
            positions = positions.filter(
                latitude__range=(centre[0] - degrees, centre[0] + degrees),
                longitude__range=(centre[1] - across, centre[1] + across),
            )
        distances = sorted(
            (_distance_metres(centre, latitude, longitude), pk)
            for pk, latitude, longitude in positions.values_list("pk", "latitude", "longitude")
        )
        ordered = [pk for distance, pk in distances if not proximity or distance <= proximity]
        ids = paginate(ordered, page=page, per_page=per_page)
        by_pk = _venues().in_bulk(ids.items)
        result = Page([by_pk[pk] for pk in ids.items if pk in by_pk], ids.total, page, per_page)
    return replace(result, items=_with_services(result.items, full=False))


def service_at_location_by_id(location_id: str) -> ServiceLocation | None:
    if not _uuid(location_id):
        return None
    location = _public_locations(public_services()).filter(oruk_id=_uuid(location_id)).first()
    return next(iter(_with_services([location], full=True)), None) if location else None


def organisations_page(filters: dict) -> Page:
    organisations = Organisation.objects.order_by("name", "pk")
    if words := (filters.get("search") or "").split():
        for word in words:
            organisations = organisations.filter(name__icontains=word)
    return paginate(organisations, page=filters["page"], per_page=filters["per_page"])


def organisation_by_id(organisation_id: str) -> tuple[Organisation, list[ServicePage]] | None:
    if not _uuid(organisation_id):
        return None
    organisation = Organisation.objects.filter(oruk_id=_uuid(organisation_id)).first()
    if organisation is None:
        return None
    services = list(public_services().filter(organisation=organisation).order_by("title", "pk"))
    return organisation, services


def taxonomy_terms(*, taxonomy_id: uuid.UUID | None = None) -> list:
    """Every term of every vocabulary (or of one), vocabulary by vocabulary: a few hundred
    at most, so listed in memory."""
    vocabularies = [v for v in VOCABULARIES if taxonomy_id is None or v.id == str(taxonomy_id)]
    return [term for vocabulary in vocabularies for term in vocabulary.model.objects.all()]


def taxonomy_term_by_id(term_id: str):
    if not _uuid(term_id):
        return None
    for vocabulary in VOCABULARIES:
        if term := vocabulary.model.objects.filter(oruk_id=_uuid(term_id)).first():
            return term
    return None
