"""The Elasticsearch backend, for partnerships whose directory outgrows one machine.

Text is analysed in Python (`search.text`) before it reaches the index, and searches follow
the same matching policy as the database (`search.matching`), so both backends stem, match
most of the words and weigh fields alike. The index needs only core analysis (standard
tokenizer, lowercase), so it works on minimal distributions. Synonyms and acronyms are
expanded at query time, so an editor's change needs no reindex.
"""

from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import islice

from elasticsearch import Elasticsearch, TransportError, helpers
from elasticsearch.dsl import (
    Date,
    GeoPoint,
    Index,
    Integer,
    Keyword,
    Mapping,
    Q,
    Search,
    Text,
    analyzer,
    normalizer,
)
from elasticsearch.exceptions import ApiError

from django.utils import timezone

from search.backends.base import SearchBackend, SearchUnavailable
from search.catalogue import Catalogue, facet_options
from search.highlighting import highlight
from search.matching import (
    ALL_TERMS_WEIGHT,
    KEY_FIELD_WEIGHT,
    OTHER_AGE_WEIGHT,
    PHRASE_WEIGHT,
    PREFIX_MIN_LENGTH,
    STALE_AFTER_DAYS,
    STALE_WEIGHT,
    Reading,
    is_prefix_term,
    mentioned_age,
    readings,
)
from search.query import FacetOption, Hit, ServiceQuery, ServiceResults, Sort

CHUNK_SIZE = 500
MERGE_TIMEOUT = 600.0  # seconds; merging 50,000 services takes about 7
MAX_FACET_VALUES = 500
# A text search weighs bonuses and penalties for its best 500 matches on terms alone (25
# pages of 20); a service further down, which only a bonus could lift, stays where it is.
RESCORE_WINDOW = 500

# The documents' text is already terms (see search.text): split it, nothing more. The
# standard tokenizer is in core Elasticsearch; "whitespace" needs the analysis-common module.
service_terms = analyzer("service_terms", tokenizer="standard", filter=["lowercase"])
sortable = normalizer("sortable", filter=["lowercase"])
# Each word's starts are indexed as terms of their own, so that a prefix term ("therapi")
# is one term lookup rather than a walk over every word that starts with it, which grew
# with the directory. Elasticsearch allows starts of up to 19 letters; a longer prefix
# term falls back to the walk, and matches the same.
WORD_STARTS = {"min_chars": PREFIX_MIN_LENGTH, "max_chars": 19}


class ElasticsearchBackend(SearchBackend):
    name = "elasticsearch"

    def __init__(self, *, url: str, index_prefix: str, timeout: float = 5.0):
        self.client = Elasticsearch(url, request_timeout=timeout, max_retries=0)
        self.alias = f"{index_prefix}services"

    # Searching

    def search(self, query: ServiceQuery, catalogue: Catalogue) -> ServiceResults:
        query_readings = readings(query.text, loose=query.loose)
        searches = ServiceSearches(query, query_readings, catalogue)
        try:
            listed, *counted = self.client.msearch(
                index=self.alias,
                searches=[
                    part
                    for search in [searches.listing(), *searches.counting()]
                    for part in ({}, search.to_dict())
                ],
            )["responses"]
        except (TransportError, ApiError) as error:
            raise SearchUnavailable(str(error)) from error
        if errors := [r["error"] for r in (listed, *counted) if "error" in r]:
            raise SearchUnavailable(str(errors[0]))

        ids = [int(hit["_id"]) for hit in listed["hits"]["hits"]]
        pages = catalogue.searchable().select_related("organisation").in_bulk(ids)
        hits = [
            Hit(
                page=page,
                highlights={"summary": highlight(page.summary, query_readings)},
            )
            for page in (pages.get(pk) for pk in ids)
            if page is not None
        ]
        counts = searches.counts(counted)
        return ServiceResults(
            hits=hits,
            total=counts.total,
            facets=_facet_options(counts.by_facet, query, catalogue),
            backend=self.name,
            age_band_counts=counts.age_bands,
        )

    # Indexing

    def create_index(self, catalogue: Catalogue, name: str) -> None:
        index = Index(name, using=self.client)
        index.settings(number_of_shards=1, number_of_replicas=0)
        index.mapping(_mapping(catalogue))
        index.create()

    def rebuild(self, catalogue: Catalogue, *, progress=None) -> None:
        """Index every searchable service into a new index, then point the alias at it in one
        step, so searches keep working throughout. A failed rebuild leaves the old index."""
        name = f"{self.alias}-{datetime.now(tz=UTC):%Y%m%d%H%M%S%f}"
        try:
            self.create_index(catalogue, name)
            for ok, _item in helpers.streaming_bulk(
                self.client,
                self._actions(catalogue, name, catalogue.documents()),
                chunk_size=CHUNK_SIZE,
            ):
                if progress and ok:
                    progress()
            self.client.indices.refresh(index=name)
            # Bulk indexing leaves several segments, and every search visits each one: the
            # directory changes little between rebuilds, so merging them once pays back on
            # every search (at 50,000 services, a third less time in Elasticsearch when measured).
            self.client.options(request_timeout=MERGE_TIMEOUT).indices.forcemerge(
                index=name, max_num_segments=1
            )
            previous = self._aliased_indices()
            self.client.indices.update_aliases(
                actions=[
                    *({"remove": {"index": old, "alias": self.alias}} for old in previous),
                    {"add": {"index": name, "alias": self.alias}},
                ]
            )
        except (TransportError, ApiError, helpers.BulkIndexError) as error:
            with suppress(TransportError, ApiError):
                self.client.indices.delete(index=name, ignore_unavailable=True)
            raise SearchUnavailable(str(error)) from error
        for old in previous:
            self.client.indices.delete(index=old, ignore_unavailable=True)

    def update(self, catalogue: Catalogue, objects: Iterable) -> None:
        try:
            if not self._aliased_indices():
                self.rebuild(catalogue)
                return
            actions = self._actions(catalogue, self.alias, objects)
            helpers.bulk(self.client, actions, refresh="wait_for")
        except (TransportError, ApiError, helpers.BulkIndexError) as error:
            raise SearchUnavailable(str(error)) from error

    def remove(self, ids: Iterable[int]) -> None:
        actions = [{"_op_type": "delete", "_index": self.alias, "_id": str(pk)} for pk in ids]
        try:
            # A service that was never indexed is not an error: it is already absent.
            helpers.bulk(self.client, actions, refresh="wait_for", raise_on_error=False)
        except (TransportError, ApiError) as error:
            raise SearchUnavailable(str(error)) from error

    def drop(self) -> None:
        """Delete the index behind the alias (and with it the alias)."""
        for name in self._aliased_indices():
            self.client.indices.delete(index=name, ignore_unavailable=True)

    def is_available(self) -> bool:
        try:
            return self.client.indices.exists_alias(name=self.alias).body
        except (TransportError, ApiError):
            return False

    def _aliased_indices(self) -> list[str]:
        if not self.client.indices.exists_alias(name=self.alias):
            return []
        return list(self.client.indices.get_alias(name=self.alias))

    def _actions(self, catalogue: Catalogue, index: str, objects: Iterable) -> Iterator[dict]:
        objects = iter(objects)
        while chunk := list(islice(objects, CHUNK_SIZE)):
            facet_values = _facet_values(catalogue, [obj.pk for obj in chunk])
            for obj in chunk:
                yield {
                    "_index": index,
                    "_id": str(obj.pk),
                    "_source": {
                        **catalogue.document(obj),
                        **{name: sorted(values[obj.pk]) for name, values in facet_values.items()},
                        "min_age": getattr(obj, catalogue.min_age_field),
                        "max_age": getattr(obj, catalogue.max_age_field),
                        "updated": getattr(obj, catalogue.updated_field),
                        "review_due": getattr(obj, catalogue.review_due_field),
                    },
                }


@dataclass(frozen=True)
class Counts:
    total: int
    by_facet: dict[str, dict[str, int]]  # facet -> value -> services
    age_bands: tuple[int, ...]


# The age bands' aggregation, named apart from the facets' aggregations (named by facet).
AGE_BANDS = "age_bands"


class ServiceSearches:
    """One directory search as the searches sent together: the page of hits, scored, and
    the counts, unscored. Each filter is in filter context, where Elasticsearch skips what
    cannot match instead of looking at every service."""

    def __init__(self, query: ServiceQuery, query_readings: list[Reading], catalogue: Catalogue):
        self.query = query
        self.readings = query_readings
        self.facets = [facet.name for facet in catalogue.facets]
        self.selections = {
            name: Q("terms", **{name: list(values)})
            for name in self.facets
            if (values := query.filters.get(name))
        }
        youngest, oldest = query.age_band
        self.ages = _age_filters(youngest, oldest)

    def listing(self) -> Search:
        start = (self.query.page - 1) * self.query.page_size
        filters = [*self.ages, *self.selections.values()]
        if self.query.text:
            search = Search().query(
                Q("bool", must=[self._term_scores()], filter=[self._matching(), *filters])
            )
        else:
            search = Search().query(Q("bool", filter=filters))
        if self.query.effective_sort is Sort.RELEVANCE:
            search = search.extra(rescore=self._rescore())
        else:
            search = search.sort(*_sort_order(self.query))
        search = search.source(False).extra(track_total_hits=False)
        return search[start : start + self.query.page_size]

    def counting(self) -> list[Search]:
        """The total, each facet's counts with every other facet's selection applied (so
        that an option says what choosing it would add), and the age bands' counts. The
        hits' search counts the total, the age bands and every facet with nothing selected;
        each facet with a selection has a search of its own, without that selection. Each
        is a query rather than a filter aggregation, so Elasticsearch visits only the
        services it counts, not every service the text matches."""
        hits = self._counting(self.selections.values()).extra(track_total_hits=True)
        for name in self.facets:
            if name not in self.selections:
                hits.aggs.bucket(name, "terms", field=name, size=MAX_FACET_VALUES)
        if self.query.age_bands:
            hits.aggs.bucket(
                AGE_BANDS,
                "filters",
                filters={
                    str(number): _all_of(_age_filters(youngest, oldest))
                    for number, (youngest, oldest) in enumerate(self.query.age_bands)
                },
            )
        searches = [hits]
        for name in self.selections:
            others = self._counting(
                chosen for other, chosen in self.selections.items() if other != name
            )
            others.aggs.bucket(name, "terms", field=name, size=MAX_FACET_VALUES)
            searches.append(others.extra(track_total_hits=False))
        return searches

    def counts(self, responses: list[dict]) -> Counts:
        """The counts from the responses to `counting`'s searches, in their order."""
        hits, *others = responses
        counted = dict(zip(self.selections, others, strict=True))
        by_facet = {}
        for name in self.facets:
            aggregations = counted.get(name, hits)["aggregations"]
            by_facet[name] = {
                bucket["key"]: bucket["doc_count"] for bucket in aggregations[name]["buckets"]
            }
        bands = hits["aggregations"].get(AGE_BANDS, {}).get("buckets", {})
        return Counts(
            total=hits["hits"]["total"]["value"],
            by_facet=by_facet,
            age_bands=tuple(
                bands[str(number)]["doc_count"] for number in range(len(self.query.age_bands))
            ),
        )

    def _counting(self, selections: Iterable[Q]) -> Search:
        matching = [*self.ages, *([self._matching()] if self.query.text else []), *selections]
        return Search().query(Q("bool", filter=matching)).extra(size=0)

    def _matching(self) -> Q:
        """Any reading of the query matches (see `search.matching`); a search of stop words
        alone has no reading, and matches nothing, as in the database."""
        if not self.readings:
            return Q("match_none")
        return Q(
            "bool",
            should=[_has_most_terms(reading) for reading in self.readings],
            minimum_should_match=1,
        )

    def _term_scores(self) -> Q:
        """Each distinct term is scored once, however many readings share it (weighed more
        in the key fields). Which services match is decided unscored, by `_matching`."""
        distinct = dict.fromkeys(term for reading in self.readings for term in reading.terms)
        return Q("bool", should=[_term_score(term) for term in distinct])

    def _rescore(self) -> dict:
        """The rescore that multiplies the best RESCORE_WINDOW services' scores by their
        bonuses (a reading found whole, and found as a phrase) and penalties (stale, or not
        serving the age the search mentions). Weighing only the best few keeps a search
        that matches tens of thousands of services from testing each of them for phrases,
        as the database backend weighs phrases only where they can reach the page."""
        bonuses = [{"filter": Q("match_all"), "weight": 1}]
        for reading in self.readings:
            if reading.is_phrase:
                phrase = Q("match_phrase", terms=" ".join(reading.terms))
                bonuses += [
                    {"filter": _has_all_terms(reading), "weight": ALL_TERMS_WEIGHT},
                    {"filter": phrase, "weight": ALL_TERMS_WEIGHT * PHRASE_WEIGHT},
                ]
        best_reading = Q("function_score", functions=bonuses, score_mode="max")
        stale_before = timezone.localdate() - timedelta(days=STALE_AFTER_DAYS)
        weights = [{"filter": Q("range", review_due={"lt": stale_before}), "weight": STALE_WEIGHT}]
        if (age := mentioned_age(self.query.text)) is not None:
            serves_age = Q("range", min_age={"lte": age}) & Q("range", max_age={"gte": age})
            weights.append({"filter": ~serves_age, "weight": OTHER_AGE_WEIGHT})
        multiplier = Q(
            "function_score",
            query=best_reading,
            functions=weights,
            score_mode="multiply",
            boost_mode="multiply",
        )
        return {
            "window_size": RESCORE_WINDOW,
            "query": {"rescore_query": multiplier.to_dict(), "score_mode": "multiply"},
        }


def _age_filters(youngest: int | None, oldest: int | None) -> list[Q]:
    """Services whose age range overlaps youngest to oldest."""
    filters = []
    if youngest is not None:
        filters.append(Q("range", max_age={"gte": youngest}))
    if oldest is not None:
        filters.append(Q("range", min_age={"lte": oldest}))
    return filters


def _all_of(filters: Iterable[Q]) -> Q:
    return Q("bool", filter=list(filters))


def _has_most_terms(reading: Reading) -> Q:
    return Q(
        "bool",
        should=[_has_term(term) for term in reading.terms],
        minimum_should_match=reading.required,
    )


def _has_all_terms(reading: Reading) -> Q:
    return Q("bool", filter=[_has_term(term) for term in reading.terms])


def _has_term(term: str) -> Q:
    """Every service's terms include its key fields' terms."""
    if is_prefix_term(term):
        return Q("prefix", terms=term)
    return Q("term", terms=term)


def _term_score(term: str) -> Q:
    """The term's score where it is found best: in the key fields, or as a whole word."""
    return Q(
        "dis_max",
        queries=[
            _term_query("key_terms", term, boost=KEY_FIELD_WEIGHT),
            _term_query("terms", term, boost=1.0),
        ],
    )


def _term_query(field: str, term: str, *, boost: float) -> Q:
    exact = Q("term", **{field: {"value": term, "boost": boost}})
    if not is_prefix_term(term):
        return exact
    # A prefix query scores a constant; the exact term keeps its weight where it is found.
    prefix = Q("prefix", **{field: {"value": term, "boost": boost * 0.5}})
    return Q("dis_max", queries=[exact, prefix])


def _sort_order(query: ServiceQuery) -> list:
    match query.effective_sort:
        case Sort.UPDATED:
            return [{"updated": {"order": "desc"}}, "title"]
        case _:
            return ["title"]


def _mapping(catalogue: Catalogue) -> Mapping:
    mapping = Mapping()
    mapping.field("title", Keyword(normalizer=sortable))
    mapping.field("key_terms", Text(analyzer=service_terms, index_prefixes=WORD_STARTS))
    # Pairs of words are indexed too, so that a phrase bonus is a term lookup.
    mapping.field(
        "terms", Text(analyzer=service_terms, index_prefixes=WORD_STARTS, index_phrases=True)
    )
    for facet in catalogue.facets:
        mapping.field(facet.name, Keyword())
    mapping.field("min_age", Integer())
    mapping.field("max_age", Integer())
    mapping.field("updated", Date())
    mapping.field("review_due", Date())
    mapping.field("locations", GeoPoint())
    return mapping


def _facet_values(catalogue: Catalogue, ids: list[int]) -> dict[str, dict[int, set[str]]]:
    """For each facet, each service's values: one query per facet for a whole chunk."""
    values: dict[str, dict[int, set[str]]] = {}
    model = catalogue.model
    for facet in catalogue.facets:
        by_id: dict[int, set[str]] = {pk: set() for pk in ids}
        rows = model.objects.filter(pk__in=ids).values_list("pk", facet.lookup)
        for pk, value in rows:
            if value is not None:
                by_id[pk].add(str(value))
        values[facet.name] = by_id
    return values


def _facet_options(by_facet: dict[str, dict[str, int]], query: ServiceQuery, catalogue: Catalogue):
    kept_options = facet_options()
    options = {}
    for facet in catalogue.facets:
        counts = by_facet[facet.name]
        selected = set(query.filters.get(facet.name, ()))
        options[facet.name] = [
            FacetOption(value, label, counts.get(value, 0), value in selected)
            for value, label in kept_options[facet.name]
        ]
    return options
