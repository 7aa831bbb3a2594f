"""The default backend: full text from Wagtail's own database index (SQLite FTS5 or
PostgreSQL), filters and facet counts from the ORM.

Ranked `.search()` is not used for the listing: on SQLite its relevance score is a correlated
subquery that grows with the square of the matches. One full-text query on the index table
returns the matching ids in relevance order; everything else is plain ORM.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Count, Q, QuerySet

from search.backends.base import SearchBackend
from search.catalogue import Catalogue, Facet
from search.highlighting import highlight
from search.query import FacetOption, Hit, ServiceQuery, ServiceResults, Sort
from search.vocabulary import content_words, expand_query, highlight_words


class DatabaseBackend(SearchBackend):
    name = "database"

    def search(self, query: ServiceQuery, catalogue: Catalogue) -> ServiceResults:
        services = catalogue.searchable()
        ranked_ids: list[int] | None = None
        alternatives = expand_query(query.text)
        if query.text:
            ranked_ids = matching_ids(alternatives, services.model)
            services = services.filter(pk__in=ranked_ids)
        if query.age is not None:
            services = services.filter(
                **{
                    f"{catalogue.min_age_field}__lte": query.age,
                    f"{catalogue.max_age_field}__gte": query.age,
                }
            )

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
        words = highlight_words(alternatives)
        return ServiceResults(
            hits=[
                Hit(page=service, highlights={"summary": highlight(service.summary, words)})
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


def matching_ids(alternatives: list[str], model) -> list[int]:
    """Ids of `model` objects whose full-text index entry matches any alternative (all of its
    words, each also as a prefix), best match first."""
    clauses = [words for words in map(content_words, alternatives) if words]
    if not clauses:
        return []
    content_type = ContentType.objects.get_for_model(model)
    if connection.vendor == "postgresql":
        return _postgres_matching_ids(clauses, content_type.pk)
    if connection.vendor == "sqlite":
        return _sqlite_matching_ids(clauses, content_type.pk)
    raise NotImplementedError(f"No full-text search for {connection.vendor}.")


def _sqlite_matching_ids(clauses: list[list[str]], content_type_id: int) -> list[int]:
    # Words are letters and digits only (see tokenize), so quoting each is enough to keep
    # FTS5 syntax out of the expression.
    expression = " OR ".join(
        "(" + " AND ".join(f'"{word}"*' for word in words) + ")" for words in clauses
    )
    sql = """
        SELECT entry.object_id
        FROM wagtailsearch_indexentry_fts AS fts
        JOIN wagtailsearch_indexentry AS entry ON entry.id = fts.rowid
        WHERE wagtailsearch_indexentry_fts MATCH %s AND entry.content_type_id = %s
        ORDER BY bm25(wagtailsearch_indexentry_fts, 1.0, 5.0, 1.0)
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [expression, content_type_id])
        return [int(object_id) for (object_id,) in cursor.fetchall()]


def _postgres_matching_ids(clauses: list[list[str]], content_type_id: int) -> list[int]:
    expression = " | ".join(
        "(" + " & ".join(f"{word}:*" for word in words) + ")" for words in clauses
    )
    sql = """
        SELECT object_id
        FROM wagtailsearch_indexentry, to_tsquery('english', %s) AS query
        WHERE content_type_id = %s AND (title || body) @@ query
        ORDER BY ts_rank(setweight(title, 'A') || body, query) DESC, object_id
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [expression, content_type_id])
        return [int(object_id) for (object_id,) in cursor.fetchall()]
