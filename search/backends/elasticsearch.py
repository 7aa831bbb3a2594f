"""The Elasticsearch backend, for partnerships whose directory outgrows one machine.

Text is analysed in Python (`search.text`) before it reaches the index, and searches follow
the same matching policy as the database (`search.matching`), so both backends stem, match
most of the words and weigh fields alike. The index needs only core analysis (standard
tokenizer, lowercase), so it works on minimal distributions. Synonyms and acronyms are
expanded at query time, so an editor's change needs no reindex.
"""

from collections.abc import Iterable, Iterator
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from itertools import islice

from elasticsearch import Elasticsearch, TransportError, helpers
from elasticsearch.dsl import (
    Date,
    FacetedResponse,
    FacetedSearch,
    GeoPoint,
    Index,
    Integer,
    Keyword,
    Mapping,
    Q,
    TermsFacet,
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
    STALE_AFTER_DAYS,
    STALE_WEIGHT,
    Reading,
    is_prefix_term,
    mentioned_age,
    readings,
)
from search.query import FacetOption, Hit, ServiceQuery, ServiceResults, Sort

CHUNK_SIZE = 500
MAX_FACET_VALUES = 500

# The documents' text is already terms (see search.text): split it, nothing more. The
# standard tokenizer is in core Elasticsearch; "whitespace" needs the analysis-common module.
service_terms = analyzer("service_terms", tokenizer="standard", filter=["lowercase"])
sortable = normalizer("sortable", filter=["lowercase"])


class ElasticsearchBackend(SearchBackend):
    name = "elasticsearch"

    def __init__(self, *, url: str, index_prefix: str, timeout: float = 5.0):
        self.client = Elasticsearch(url, request_timeout=timeout, max_retries=0)
        self.alias = f"{index_prefix}services"

    # Searching

    def search(self, query: ServiceQuery, catalogue: Catalogue) -> ServiceResults:
        query_readings = readings(query.text, loose=query.loose)
        faceted = ServiceFacetedSearch(
            client=self.client,
            index=self.alias,
            text=query.text,
            readings=query_readings,
            mentioned_age=mentioned_age(query.text),
            age_band=query.age_band,
            age_bands=query.age_bands,
            catalogue=catalogue,
            filters={name: list(values) for name, values in query.filters.items()},
            sort=_sort_order(query),
        )
        start = (query.page - 1) * query.page_size
        listing, counting = faceted.searches(start=start, size=query.page_size)
        try:
            listed, counted = self.client.msearch(
                index=self.alias, searches=[{}, listing.to_dict(), {}, counting.to_dict()]
            )["responses"]
        except (TransportError, ApiError) as error:
            raise SearchUnavailable(str(error)) from error
        if error := listed.get("error") or counted.get("error"):
            raise SearchUnavailable(str(error))
        counts = FacetedResponse(counting, counted)
        counts._faceted_search = faceted

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
        return ServiceResults(
            hits=hits,
            total=counted["hits"]["total"]["value"],
            facets=_facet_options(counts.facets, query, catalogue),
            backend=self.name,
            age_band_counts=_age_band_counts(counts, query),
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


AGE_BANDS = "age_bands"


class ServiceFacetedSearch(FacetedSearch):
    def __init__(
        self,
        *,
        client,
        index,
        text,
        readings,
        mentioned_age,
        age_band,
        age_bands,
        catalogue,
        filters,
        sort,
    ):
        self.using = client
        self.index = index
        self.facets = {
            facet.name: TermsFacet(field=facet.name, size=MAX_FACET_VALUES)
            for facet in catalogue.facets
        }
        self.readings = readings
        self.mentioned_age = mentioned_age
        self.age_band = age_band
        self.age_bands = age_bands
        self.counting = False
        super().__init__(query=text or None, filters=filters, sort=sort)

    def searches(self, *, start: int, size: int) -> tuple:
        """The page of hits and the counts, as two searches sent together. The counts match
        in filter context, where Elasticsearch scores nothing; the hits have no
        aggregations to collect, so Elasticsearch scores only what can reach the page."""
        listing = self._s.extra(track_total_hits=False)[start : start + size]  # built at init
        self.counting = True
        counting = self.build_search().extra(size=0, track_total_hits=True)
        return listing, counting

    def search(self):
        search = super().search()
        youngest, oldest = self.age_band
        if youngest is not None:
            search = search.filter("range", max_age={"gte": youngest})
        if oldest is not None:
            search = search.filter("range", min_age={"lte": oldest})
        return search

    def aggregate(self, search):
        if not self.counting:
            return
        super().aggregate(search)
        if not self.age_bands:
            return
        # Counted among the hits: with every facet's selection applied, as the total is.
        hits = Q("match_all")
        for selection in self._filters.values():
            hits &= selection
        search.aggs.bucket(AGE_BANDS, "filter", filter=hits).bucket(
            AGE_BANDS,
            "filters",
            filters={
                str(index): Q("range", max_age={"gte": youngest})
                & Q("range", min_age={"lte": oldest})
                for index, (youngest, oldest) in enumerate(self.age_bands)
            },
        )

    def query(self, search, query):
        """Any reading of the query matches (see `search.matching`); a search of stop words
        alone has no reading, and matches nothing, as in the database. Summaries are
        highlighted in Python, the same as on the database."""
        if not self.readings:
            return search.query(Q("match_none"))
        matching = Q(
            "bool", should=[_reading_query(r) for r in self.readings], minimum_should_match=1
        )
        if self.counting:
            return search.filter(matching)
        stale_before = timezone.localdate() - timedelta(days=STALE_AFTER_DAYS)
        return search.query(
            Q(
                "function_score",
                query=matching,
                functions=self._weights(stale_before),
                score_mode="multiply",
                boost_mode="multiply",
            )
        )

    def _weights(self, stale_before) -> list[dict]:
        weights = [{"filter": Q("range", review_due={"lt": stale_before}), "weight": STALE_WEIGHT}]
        if self.mentioned_age is not None:
            serves_age = Q("range", min_age={"lte": self.mentioned_age}) & Q(
                "range", max_age={"gte": self.mentioned_age}
            )
            weights.append({"filter": ~serves_age, "weight": OTHER_AGE_WEIGHT})
        return weights


def _reading_query(reading: Reading) -> Q:
    """Most of the reading's terms, each weighed more in the key fields; the terms together
    as a phrase weigh more still, without counting towards how many must match."""
    terms = [
        Q(
            "dis_max",
            queries=[
                _term_query("key_terms", term, boost=KEY_FIELD_WEIGHT),
                _term_query("terms", term, boost=1.0),
            ],
        )
        for term in reading.terms
    ]
    matching = Q("bool", should=terms, minimum_should_match=reading.required)
    if not reading.is_phrase:
        return matching
    # Scores add up in Elasticsearch: the same terms again, when all are found, double them.
    all_terms = Q("bool", should=terms, minimum_should_match=len(terms), boost=ALL_TERMS_WEIGHT - 1)
    phrase = Q("match_phrase", terms={"query": " ".join(reading.terms), "boost": PHRASE_WEIGHT})
    return Q("bool", must=[matching], should=[all_terms, phrase])


def _term_query(field: str, term: str, *, boost: float) -> Q:
    exact = Q("term", **{field: {"value": term, "boost": boost}})
    if not is_prefix_term(term):
        return exact
    # A prefix query scores a constant; the exact term keeps its weight where it is found.
    prefix = Q("prefix", **{field: {"value": term, "boost": boost * 0.5}})
    return Q("dis_max", queries=[exact, prefix])


def _sort_order(query: ServiceQuery) -> list:
    match query.effective_sort:
        case Sort.RELEVANCE:
            return ["_score", "title"]
        case Sort.UPDATED:
            return [{"updated": {"order": "desc"}}, "title"]
        case _:
            return ["title"]


def _mapping(catalogue: Catalogue) -> Mapping:
    mapping = Mapping()
    mapping.field("title", Keyword(normalizer=sortable))
    mapping.field("key_terms", Text(analyzer=service_terms))
    mapping.field("terms", Text(analyzer=service_terms))
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


def _age_band_counts(response, query: ServiceQuery) -> tuple[int, ...]:
    if not query.age_bands:
        return ()
    buckets = response.aggregations[AGE_BANDS][AGE_BANDS].buckets
    return tuple(buckets[str(index)].doc_count for index in range(len(query.age_bands)))


def _facet_options(response_facets, query: ServiceQuery, catalogue: Catalogue):
    kept_options = facet_options()
    options = {}
    for facet in catalogue.facets:
        counts = {value: count for value, count, _selected in response_facets[facet.name]}
        selected = set(query.filters.get(facet.name, ()))
        options[facet.name] = [
            FacetOption(value, label, counts.get(value, 0), value in selected)
            for value, label in kept_options[facet.name]
        ]
    return options
