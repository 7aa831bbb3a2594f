"""The default backend: full text from Wagtail's own database index (SQLite FTS5 or
PostgreSQL), filters and facet counts from the ORM.

Ranked `.search()` is not used for the listing: on SQLite its relevance score is a correlated
subquery that grows with the square of the matches. Instead one small full-text query per
search term (and per term in the key fields) gives the matching ids, and the matching policy
(`search.matching`) scores them in Python; everything else is plain ORM.
"""

import json
from collections import defaultdict
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Count, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils import timezone

from search.backends.base import SearchBackend
from search.catalogue import Catalogue, Facet
from search.highlighting import highlight
from search.matching import (
    ALL_TERMS_WEIGHT,
    KEY_FIELD_WEIGHT,
    OTHER_AGE_WEIGHT,
    PHRASE_WEIGHT,
    STALE_AFTER_DAYS,
    STALE_WEIGHT,
    Reading,
    is_prefix_term,
    mentioned_age,
    readings,
    term_weight,
)
from search.query import FacetOption, Hit, ServiceQuery, ServiceResults, Sort


class DatabaseBackend(SearchBackend):
    name = "database"

    def search(self, query: ServiceQuery, catalogue: Catalogue) -> ServiceResults:
        services = catalogue.searchable()
        ranked_ids: list[int] | None = None
        query_readings = readings(query.text, loose=query.loose)
        if query.text:
            ranked_ids = ranked_matches(query_readings, catalogue, age=mentioned_age(query.text))
            services = services.filter(pk__in=_id_list(ranked_ids))
        youngest, oldest = query.age_band
        if youngest is not None:
            services = services.filter(**{f"{catalogue.max_age_field}__gte": youngest})
        if oldest is not None:
            services = services.filter(**{f"{catalogue.min_age_field}__lte": oldest})

        selections = {
            facet.name: _selection(facet, query.filters[facet.name], services.model)
            for facet in catalogue.facets
            if query.filters.get(facet.name)
        }
        hits = services.filter(*selections.values())
        total = hits.count()
        facets = {
            facet.name: self._facet_options(facet, query, services, selections)
            for facet in catalogue.facets
        }
        page = self._page(hits, query, catalogue, ranked_ids)
        return ServiceResults(
            hits=[
                Hit(
                    page=service, highlights={"summary": highlight(service.summary, query_readings)}
                )
                for service in page
            ],
            total=total,
            facets=facets,
            backend=self.name,
        )

    def _facet_options(
        self, facet: Facet, query: ServiceQuery, services: QuerySet, selections: dict[str, Q]
    ) -> list[FacetOption]:
        others = [selection for name, selection in selections.items() if name != facet.name]
        counts = dict(
            services.filter(*others)
            .order_by()
            .values_list(facet.lookup)
            .annotate(count=Count("pk", distinct=True))
        )
        selected = set(query.filters.get(facet.name, ()))
        return [
            FacetOption(value, label, counts.get(value, 0), value in selected)
            for value, label in facet.options()
        ]

    def _page(
        self,
        hits: QuerySet,
        query: ServiceQuery,
        catalogue: Catalogue,
        ranked_ids: list[int] | None,
    ) -> list:
        start = (query.page - 1) * query.page_size
        end = start + query.page_size
        sort = query.effective_sort
        if sort is Sort.RELEVANCE and ranked_ids is not None:
            wanted = set(hits.values_list("pk", flat=True))
            page_ids = [pk for pk in ranked_ids if pk in wanted][start:end]
            by_id = hits.filter(pk__in=page_ids).select_related("organisation").in_bulk()
            return [by_id[pk] for pk in page_ids]
        if sort is Sort.UPDATED:
            ordering = [f"-{catalogue.updated_field}", catalogue.name_field]
        else:
            ordering = [catalogue.name_field]
        return list(hits.select_related("organisation").order_by(*ordering, "pk")[start:end])


def _selection(facet: Facet, values: tuple[str, ...], model) -> Q:
    """Services with any of `values`. A subquery rather than a join, so that a service with
    two of the values is neither counted nor listed twice."""
    return Q(pk__in=model.objects.filter(**{f"{facet.lookup}__in": values}).values("pk"))


def _id_list(ids: list[int]) -> RawSQL:
    """`ids` as one SQL parameter: SQLite refuses more than 32,766 parameters, and a search
    that matches nearly every service at 50,000 services would need more."""
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", [ids])
    return RawSQL("SELECT value FROM json_each(%s)", [json.dumps(ids)])


def ranked_matches(
    query_readings: list[Reading], catalogue: Catalogue, *, age: int | None = None
) -> list[int]:
    """Ids of the services that match any reading under the matching policy, best first;
    those that do not serve `age` (when the search mentions one) after those that do."""
    if not query_readings:
        return []
    index = FullTextIndex(catalogue)
    documents = catalogue.searchable().count()
    scores: dict[int, float] = {}
    for reading in query_readings:
        matched: dict[int, int] = defaultdict(int)
        score: dict[int, float] = defaultdict(float)
        for term in reading.terms:
            anywhere = index.matching(term)
            in_key_fields = index.matching(term, key_fields=True) if anywhere else set()
            weight = term_weight(documents=max(documents, len(anywhere)), matching=len(anywhere))
            for pk in anywhere:
                matched[pk] += 1
                score[pk] += weight * (KEY_FIELD_WEIGHT if pk in in_key_fields else 1.0)
        qualified = {pk for pk, count in matched.items() if count >= reading.required}
        for pk in qualified:
            if matched[pk] == len(reading.terms):
                score[pk] *= ALL_TERMS_WEIGHT
        if reading.is_phrase and qualified:
            for pk in index.phrase(reading.terms) & qualified:
                score[pk] *= PHRASE_WEIGHT
        for pk in qualified:
            scores[pk] = max(scores.get(pk, 0.0), score[pk])
    if not scores:
        return []
    stale_before = timezone.localdate() - timedelta(days=STALE_AFTER_DAYS)
    stale = catalogue.searchable().filter(
        pk__in=_id_list(list(scores)), **{f"{catalogue.review_due_field}__lt": stale_before}
    )
    for pk in stale.values_list("pk", flat=True):
        scores[pk] *= STALE_WEIGHT
    if age is not None:
        other_ages = (
            catalogue.searchable()
            .filter(pk__in=_id_list(list(scores)))
            .exclude(
                **{f"{catalogue.min_age_field}__lte": age, f"{catalogue.max_age_field}__gte": age}
            )
        )
        for pk in other_ages.values_list("pk", flat=True):
            scores[pk] *= OTHER_AGE_WEIGHT
    return sorted(scores, key=lambda pk: (-scores[pk], pk))


class FullTextIndex:
    """Wagtail's index table for the catalogue's model, asked one term at a time. Services
    index their terms (see `search.text.index_text`) in the body, and their key fields'
    terms in the autocomplete column, which the directory's search has no other use for."""

    def __init__(self, catalogue: Catalogue):
        self.content_type_id = ContentType.objects.get_for_model(catalogue.searchable().model).pk
        if connection.vendor not in ("sqlite", "postgresql"):
            raise NotImplementedError(f"No full-text search for {connection.vendor}.")
        self._asked: dict[tuple[str, bool], set[int]] = {}

    def matching(self, term: str, *, key_fields: bool = False) -> set[int]:
        """Ids with `term`, anywhere or in the key fields; readings share terms, so each is
        asked once."""
        if (term, key_fields) not in self._asked:
            self._asked[term, key_fields] = self._matching(term, key_fields=key_fields)
        return self._asked[term, key_fields]

    def _matching(self, term: str, *, key_fields: bool) -> set[int]:
        if connection.vendor == "postgresql":
            pattern = f"{term}:*" if is_prefix_term(term) else term
            column, config = ("autocomplete", "simple") if key_fields else ("body", "english")
            return self._postgres(f"{column} @@ to_tsquery('{config}', %s)", pattern)
        # Terms are letters and digits only (see search.text), so quoting each keeps FTS5
        # syntax out of the expression.
        pattern = f'"{term}"*' if is_prefix_term(term) else f'"{term}"'
        return self._sqlite(f"{{autocomplete}} : {pattern}" if key_fields else pattern)

    def any_of(self, terms: list[str]) -> set[int]:
        """Ids with any of `terms`, in one query: the least a full-text search can do."""
        if connection.vendor == "postgresql":
            return self._postgres("body @@ to_tsquery('english', %s)", " | ".join(terms))
        return self._sqlite(" OR ".join(f'"{term}"' for term in terms))

    def phrase(self, terms: tuple[str, ...]) -> set[int]:
        if connection.vendor == "postgresql":
            return self._postgres("body @@ to_tsquery('english', %s)", " <-> ".join(terms))
        return self._sqlite('"' + " ".join(terms) + '"')

    def _sqlite(self, expression: str) -> set[int]:
        sql = """
            SELECT entry.object_id
            FROM wagtailsearch_indexentry_fts AS fts
            JOIN wagtailsearch_indexentry AS entry ON entry.id = fts.rowid
            WHERE wagtailsearch_indexentry_fts MATCH %s AND entry.content_type_id = %s
        """
        return self._ids(sql, [expression, self.content_type_id])

    def _postgres(self, condition: str, pattern: str) -> set[int]:
        sql = f"""
            SELECT object_id FROM wagtailsearch_indexentry
            WHERE content_type_id = %s AND {condition}
        """  # noqa: S608 - `condition` is one of this class's own constants
        return self._ids(sql, [self.content_type_id, pattern])

    def _ids(self, sql: str, params: list) -> set[int]:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return {int(object_id) for (object_id,) in cursor.fetchall()}
