"""The default backend: full text from Wagtail's own database index (SQLite FTS5 or
PostgreSQL), filters and facet counts from the ORM.

Ranked `.search()` is not used for the listing: on SQLite its relevance score is a correlated
subquery that grows with the square of the matches. Instead one small full-text lookup per
search term (and per term in the key fields) gives the matching ids, and the matching policy
(`search.matching`) scores them in Python; everything else is plain ORM.
"""

import json
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import chain, combinations, islice

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone

from wagtail.search.models import IndexEntry

from search.backends.base import SearchBackend
from search.catalogue import Catalogue, Facet, facet_options, get_catalogue
from search.forms import MAX_AGE, MIN_AGE
from search.freshness import Kept, data_changed
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
        sets = service_sets(catalogue)
        query_readings = readings(query.text, loose=query.loose)
        found: TextMatches | None = None
        matching = sets.ids
        if query.text:
            found = TextMatches.find(
                query_readings, catalogue, sets=sets, age=mentioned_age(query.text)
            )
            matching = sets.ids.intersection(found.scores)
        youngest, oldest = query.age_band
        if youngest is not None or oldest is not None:
            matching = matching & sets.serving_band(youngest, oldest)

        selections = {
            facet.name: sets.with_any(facet.name, query.filters[facet.name])
            for facet in catalogue.facets
            if query.filters.get(facet.name)
        }
        hits = matching.intersection(*selections.values())
        ranked_ids = None
        if found is not None:
            ranked_ids = found.ranked(among=hits, exact_to=query.page * query.page_size)
        facets = {
            facet.name: _facet_options(facet, query, sets, matching, selections)
            for facet in catalogue.facets
        }
        everything = len(hits) == len(sets.ids)
        bands = (sets.serving_band(youngest, oldest) for youngest, oldest in query.age_bands)
        age_band_counts = tuple(len(band if everything else hits & band) for band in bands)
        return ServiceResults(
            hits=[
                Hit(
                    page=service, highlights={"summary": highlight(service.summary, query_readings)}
                )
                for service in self._page(hits, query, catalogue, sets, ranked_ids)
            ],
            total=len(hits),
            facets=facets,
            backend=self.name,
            age_band_counts=age_band_counts,
        )

    def _page(
        self,
        hits: set[int],
        query: ServiceQuery,
        catalogue: Catalogue,
        sets: "ServiceSets",
        ranked_ids: list[int] | None,
    ) -> list:
        start = (query.page - 1) * query.page_size
        match query.effective_sort:
            case Sort.RELEVANCE if ranked_ids is not None:
                order = ranked_ids
            case Sort.UPDATED:
                order = sets.by_updated
            case _:
                order = sets.by_name
        page_ids = list(islice((pk for pk in order if pk in hits), start, start + query.page_size))
        # The ids come from the searchable services' sets: no need to ask again which are.
        by_id = catalogue.model.objects.select_related("organisation").in_bulk(page_ids)
        return [by_id[pk] for pk in page_ids if pk in by_id]

    def rebuild(self, catalogue: Catalogue, *, progress=None) -> None:
        data_changed()


def _facet_options(
    facet: Facet,
    query: ServiceQuery,
    sets: "ServiceSets",
    matching: frozenset[int],
    selections: dict[str, frozenset[int]],
) -> list[FacetOption]:
    """Counts with every other facet's selection applied, so that each option says what
    choosing it would add."""
    others = matching.intersection(
        *(chosen for name, chosen in selections.items() if name != facet.name)
    )
    selected = set(query.filters.get(facet.name, ()))
    members = sets.values[facet.name]
    # Nothing narrows the counts (the home page, the directory unfiltered): each option's count
    # is the size of its set, with no intersection over every service.
    everything = len(others) == len(sets.ids)
    return [
        FacetOption(
            value,
            label,
            len(members.get(value, _NONE) if everything else others & members.get(value, _NONE)),
            value in selected,
        )
        for value, label in sets.options[facet.name]
    ]


_NONE: frozenset[int] = frozenset()
# Each a set of up to every service's id: enough for the ages families pick in a while.
KEPT_AGE_BANDS = 32


@dataclass(frozen=True)
class ServiceSets:
    """Every searchable service as sets of ids, held in memory: filters, age bands and facet
    counts are then set arithmetic, as fast as counting gets, whatever the number of
    services. Rebuilt when the services change (see `search.freshness`)."""

    ids: frozenset[int]
    ages: dict[int, tuple[int, int]]
    values: dict[str, dict[str, frozenset[int]]]  # facet -> value -> ids
    options: dict[str, list[tuple[str, str]]]  # facet -> (value, label), in display order
    by_name: tuple[int, ...]
    by_updated: tuple[int, ...]
    stale: frozenset[int]  # long past their review date
    index_rows: dict[int, int] | None  # see `FullTextIndex`
    _bands: dict = field(default_factory=dict, compare=False, repr=False)
    _bands_lock: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)

    def with_any(self, facet: str, values: tuple[str, ...]) -> frozenset[int]:
        members = self.values[facet]
        return frozenset().union(*(members.get(value, _NONE) for value in values))

    def serving_band(self, youngest: int | None, oldest: int | None) -> frozenset[int]:
        """The services whose age range overlaps youngest to oldest. The few bands families
        pick (a child's age, the home page's stages) are kept, so that filtering by age is
        one set intersection."""
        band = (MIN_AGE if youngest is None else youngest, MAX_AGE if oldest is None else oldest)
        with self._bands_lock:
            members = self._bands.pop(band, None)
            if members is None:
                low, high = band
                members = frozenset(
                    pk
                    for pk, (lowest, highest) in self.ages.items()
                    if highest >= low and lowest <= high
                )
            self._bands[band] = members  # most recently used last
            while len(self._bands) > KEPT_AGE_BANDS:
                del self._bands[next(iter(self._bands))]
        return members

    @classmethod
    def build(cls, catalogue: Catalogue) -> "ServiceSets":
        today = timezone.localdate()
        stale_before = today - timedelta(days=STALE_AFTER_DAYS)
        rows = list(
            catalogue.searchable()
            .order_by()
            .values_list(
                "pk",
                catalogue.min_age_field,
                catalogue.max_age_field,
                catalogue.name_field,
                catalogue.updated_field,
                catalogue.review_due_field,
            )
        )
        # Every set holds the same int object for a service, not one per row read: at
        # 50,000 services the facets' rows alone would make close to a million.
        same_int = {row[0]: row[0] for row in rows}
        values = {}
        for facet in catalogue.facets:
            by_value = defaultdict(set)
            members = catalogue.searchable().order_by().values_list("pk", facet.lookup)
            for pk, value in members.iterator(chunk_size=10_000):
                if value is not None:
                    by_value[str(value)].add(same_int.get(pk, pk))
            values[facet.name] = {value: frozenset(ids) for value, ids in by_value.items()}
        oldest = datetime.min.replace(tzinfo=UTC)

        def by_name(row) -> tuple:
            return (row[3].lower(), row[0])

        def newest_first(row) -> tuple:
            return (-(row[4] or oldest).timestamp(), *by_name(row))

        return cls(
            ids=frozenset(row[0] for row in rows),
            ages={pk: (low, high) for pk, low, high, *_rest in rows},
            values=values,
            options=facet_options(),
            by_name=tuple(row[0] for row in sorted(rows, key=by_name)),
            by_updated=tuple(row[0] for row in sorted(rows, key=newest_first)),
            stale=frozenset(pk for pk, *_rest, due in rows if due and due < stale_before),
            index_rows=index_rows(catalogue) if connection.vendor == "sqlite" else None,
        )


def index_rows(catalogue: Catalogue) -> dict[int, int]:
    """Each full-text row's service id (0 for other kinds of page): a row's id is its index
    entry's."""
    content_type_id = ContentType.objects.get_for_model(catalogue.model).pk
    entries = IndexEntry.objects.values_list("id", "object_id", "content_type_id")
    return {
        row: int(object_id) if type_id == content_type_id else 0
        for row, object_id, type_id in entries.iterator(chunk_size=10_000)
    }


# Changes that send no signal (bulk loads elsewhere, an editor's new vocabulary term, which
# appears as a filter option) show within this.
SETS_MAX_AGE_SECONDS = 300


def service_sets(catalogue: Catalogue) -> ServiceSets:
    return _service_sets.get()


_service_sets = Kept(
    lambda: ServiceSets.build(get_catalogue()), max_age_seconds=SETS_MAX_AGE_SECONDS
)


@dataclass
class TextMatches:
    """The services that match a search's readings under the matching policy, with their
    scores. Whether a reading is found as a phrase, which raises a score by PHRASE_WEIGHT,
    is asked only of the services that could then reach the page asked for: on PostgreSQL a
    phrase is checked against each service's whole text, the dearest part of a search."""

    scores: dict[int, float]  # the best reading's score, as a phrase or not yet asked
    # For each reading that may be found as a phrase, its score for each service it matched.
    phrase_scores: list[tuple[Reading, dict[int, float]]]
    multipliers: dict[int, float]  # long overdue for review, or not for the age mentioned
    index: "FullTextIndex"

    @classmethod
    def find(
        cls,
        query_readings: list[Reading],
        catalogue: Catalogue,
        *,
        sets: ServiceSets,
        age: int | None = None,
    ) -> "TextMatches":
        index = FullTextIndex(catalogue, rows=sets.index_rows)
        documents = len(sets.ids)
        weighed: dict[str, tuple[TermMatches, float]] = {}
        matches = index.matching(term for reading in query_readings for term in reading.terms)
        for term, found in matches.items():
            # Drafts are in the full-text index too: keep to the searchable services.
            found = TermMatches(ids=found.ids & sets.ids, key_ids=found.key_ids & sets.ids)
            weight = term_weight(documents=max(documents, len(found.ids)), matching=len(found.ids))
            weighed[term] = (found, weight)
        # Services that score alike are scored as a set: each reading splits what it
        # qualifies by which terms were found where, so Python touches each service once per
        # reading.
        scored: list[tuple[float, frozenset[int]]] = []
        phrase_scores = []
        for reading in query_readings:
            groups = _reading_groups(reading, [weighed[term] for term in reading.terms])
            scored.extend(groups)
            if reading.is_phrase and groups:
                by_service = {}
                for score, services in sorted(groups, key=lambda group: group[0]):
                    by_service.update(dict.fromkeys(services, score * PHRASE_WEIGHT))
                phrase_scores.append((reading, by_service))
        scores = _best_scores(scored)
        multipliers = dict.fromkeys(sets.stale.intersection(scores), STALE_WEIGHT)
        if age is not None:
            for pk in scores.keys() - sets.serving_band(age, age):
                multipliers[pk] = multipliers.get(pk, 1.0) * OTHER_AGE_WEIGHT
        return cls(scores, phrase_scores, multipliers, index)

    def ranked(self, *, among: frozenset[int], exact_to: int) -> list[int]:
        """The ids of `among`, best first, in exactly the policy's order down to `exact_to`;
        below that, services whose reading is a phrase may not have had its bonus."""
        scores = {pk: self.scores[pk] * self.multipliers.get(pk, 1.0) for pk in among}
        if len(scores) > exact_to:
            # Bonuses only raise scores: nothing below this, even raised, can reach the page.
            threshold = sorted(scores.values(), reverse=True)[exact_to - 1]
        else:
            threshold = float("-inf")
        for reading, phrase_scores in self.phrase_scores:
            possible = {
                pk
                for pk, score in phrase_scores.items()
                if pk in scores
                and (raised := score * self.multipliers.get(pk, 1.0)) >= threshold
                and raised > scores[pk]
            }
            for pk in self.index.phrase(reading.terms, among=possible) if possible else ():
                scores[pk] = phrase_scores[pk] * self.multipliers.get(pk, 1.0)
        ranked = sorted(scores)  # equal scores keep this order: by id
        ranked.sort(key=scores.__getitem__, reverse=True)
        return ranked


def _reading_groups(
    reading: Reading, terms: list[tuple["TermMatches", float]]
) -> list[tuple[float, frozenset[int]]]:
    """The services the reading qualifies, grouped by score: which of its terms each has,
    and where (the key fields weigh more); all of them found doubles the score."""
    qualified = frozenset().union(
        *(
            frozenset.intersection(*(found.ids for found, _weight in chosen))
            for chosen in combinations(terms, reading.required)
        )
    )
    if not qualified:
        return []
    groups = [(qualified, 0.0, 0)]  # services, score so far, terms found
    for found, weight in terms:
        groups = [
            (members, score + gained, count + (gained > 0))
            for services, score, count in groups
            for members, gained in (
                (services & found.key_ids, weight * KEY_FIELD_WEIGHT),
                (services & found.ids - found.key_ids, weight),
                (services - found.ids, 0.0),
            )
            if members
        ]
    return [
        (score * ALL_TERMS_WEIGHT if count == len(terms) else score, services)
        for services, score, count in groups
    ]


def _best_scores(scored: list[tuple[float, frozenset[int]]]) -> dict[int, float]:
    # Lowest first, so that each service keeps its best reading's score.
    scores: dict[int, float] = {}
    for score, services in sorted(scored, key=lambda group: group[0]):
        scores.update(dict.fromkeys(services, score))
    return scores


@dataclass(frozen=True)
class TermMatches:
    ids: frozenset[int]
    key_ids: frozenset[int]  # those with the term in their key fields


class FullTextIndex:
    """Wagtail's index table for the catalogue's model, asked term by term. Services
    index their terms (see `search.text.index_text`) in the body, and their key fields'
    terms in the autocomplete column, which the directory's search has no other use for."""

    def __init__(self, catalogue: Catalogue, *, rows: dict[int, int] | None = None):
        """`rows` (SQLite): each full-text row's service id, 0 for other kinds of page, as
        `index_rows` gives them; with it a term's rows need no join to the entry table."""
        self.content_type_id = ContentType.objects.get_for_model(catalogue.model).pk
        if connection.vendor not in ("sqlite", "postgresql"):
            raise NotImplementedError(f"No full-text search for {connection.vendor}.")
        self.rows = rows

    def matching(self, terms: Iterable[str]) -> dict[str, "TermMatches"]:
        """For each term, the ids with it and those with it in the key fields."""
        terms = list(dict.fromkeys(terms))
        if connection.vendor == "postgresql":
            return self._matching_postgres(terms)
        if self.rows is None:
            raise ValueError("On SQLite, terms are matched through the full-text rows' ids.")
        return {term: self._matching_sqlite(term) for term in terms}

    def _matching_postgres(self, terms: list[str]) -> dict[str, "TermMatches"]:
        if not terms:
            return {}
        # One statement, one part per term: each part uses the full-text index, where one
        # condition for any of the terms would test every term against each row's text. A
        # part answers in one row of two arrays, which psycopg reads in C: a row per service
        # read in Python took longer than PostgreSQL's own work at 50,000 services.
        part = """
            SELECT %s, array_agg(object_id::integer), array_agg(object_id::integer)
                FILTER (WHERE autocomplete @@ to_tsquery('simple', %s))
            FROM wagtailsearch_indexentry
            WHERE content_type_id = %s AND body @@ to_tsquery('english', %s)
        """
        params = []
        for number, term in enumerate(terms):
            pattern = f"{term}:*" if is_prefix_term(term) else term
            params += [number, pattern, self.content_type_id, pattern]
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join([part] * len(terms)), params)
            rows = cursor.fetchall()
        # An aggregate over no rows is null.
        return {
            terms[number]: TermMatches(ids=frozenset(ids or ()), key_ids=frozenset(key_ids or ()))
            for number, ids, key_ids in rows
        }

    def _matching_sqlite(self, term: str) -> "TermMatches":
        # One small query per term: each uses the full-text index, where one query for any
        # of the terms would read every row that has one of them. Terms are letters and
        # digits only (see search.text), so quoting each keeps FTS5 syntax out of the
        # expression. The key fields are the autocomplete column.
        expression = f'"{term}"*' if is_prefix_term(term) else f'"{term}"'
        return TermMatches(
            ids=frozenset(self._services(expression)),
            key_ids=frozenset(self._services(f"autocomplete : {expression}")),
        )

    def any_of(self, terms: list[str]) -> set[int]:
        """Ids with any of `terms`, in one query: the least a full-text search can do."""
        if connection.vendor == "postgresql":
            return self._postgres("body @@ to_tsquery('english', %s)", " | ".join(terms))
        return self._sqlite(" OR ".join(f'"{term}"' for term in terms))

    def phrase(self, terms: tuple[str, ...], *, among: set[int]) -> set[int]:
        """Those of `among` with the terms together, in this order."""
        if connection.vendor == "postgresql":
            # Found through the entries of `among`, so that only their text is read.
            sql = """
                SELECT object_id FROM wagtailsearch_indexentry
                WHERE content_type_id = %s AND object_id = ANY(%s)
                AND body @@ to_tsquery('english', %s)
            """
            ids = [str(pk) for pk in among]
            return self._ids(sql, [self.content_type_id, ids, " <-> ".join(terms)])
        expression = '"' + " ".join(terms) + '"'
        if self.rows is not None:
            return self._services(expression) & among
        return self._sqlite(expression) & among

    def _services(self, expression: str) -> set[int]:
        """The services whose rows match `expression`, through `rows`; rows written since it
        was read are looked up."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT rowid FROM wagtailsearch_indexentry_fts"
                " WHERE wagtailsearch_indexentry_fts MATCH %s",
                [expression],
            )
            found = list(chain.from_iterable(cursor.fetchall()))
        # A term can be in most services' rows: map them in C, not row by row in Python.
        services = set(map(self.rows.get, found))
        unknown = [row for row in found if row not in self.rows] if None in services else []
        services -= {None, 0}
        if unknown:
            sql = """
                SELECT object_id FROM wagtailsearch_indexentry
                WHERE content_type_id = %s AND id IN (SELECT value FROM json_each(%s))
            """
            services |= self._ids(sql, [self.content_type_id, json.dumps(unknown)])
        return services

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
