"""The Elasticsearch backend, for partnerships whose directory outgrows one machine.

The index uses only analysis built into core Elasticsearch (standard tokenizer, lowercase,
stop, shingle), so it works on minimal distributions. Synonyms and acronyms are not in the
index: they are expanded at query time by `search.vocabulary`, exactly as for the database
backend, so an editor's change needs no reindex.
"""

from collections.abc import Iterable, Iterator
from contextlib import suppress
from datetime import UTC, datetime
from itertools import islice

from elasticsearch import Elasticsearch, TransportError, helpers
from elasticsearch.dsl import (
    Date,
    FacetedSearch,
    GeoPoint,
    Index,
    Integer,
    Keyword,
    Mapping,
    Q,
    Search,
    TermsFacet,
    Text,
    analyzer,
    normalizer,
    token_filter,
)
from elasticsearch.exceptions import ApiError

from django.utils.safestring import SafeString, mark_safe

from search.backends.base import SearchBackend, SearchUnavailable
from search.catalogue import Catalogue
from search.query import FacetOption, Hit, ServiceQuery, ServiceResults, Sort
from search.vocabulary import content_words, expand_query

CHUNK_SIZE = 500
MAX_FACET_VALUES = 500

service_text = analyzer("service_text", tokenizer="standard", filter=["lowercase", "stop"])
# Word pairs and triples let the phrase suggester correct "speach therapy" as a whole.
suggestion_text = analyzer(
    "suggestion_text",
    tokenizer="standard",
    filter=[
        "lowercase",
        token_filter("word_shingles", "shingle", min_shingle_size=2, max_shingle_size=3),
    ],
)
sortable = normalizer("sortable", filter=["lowercase"])


class ElasticsearchBackend(SearchBackend):
    name = "elasticsearch"

    def __init__(self, *, url: str, index_prefix: str, timeout: float = 5.0):
        self.client = Elasticsearch(url, request_timeout=timeout, max_retries=0)
        self.alias = f"{index_prefix}services"

    # Searching

    def search(self, query: ServiceQuery, catalogue: Catalogue) -> ServiceResults:
        alternatives = [
            " ".join(words) for words in map(content_words, expand_query(query.text)) if words
        ]
        if query.text and not alternatives:
            alternatives = ["\u0000"]  # only stop words: nothing can match, as in the database
        faceted = ServiceFacetedSearch(
            client=self.client,
            index=self.alias,
            catalogue=catalogue,
            alternatives=alternatives,
            age=query.age,
            filters={name: list(values) for name, values in query.filters.items()},
            sort=_sort_order(query),
        )
        start = (query.page - 1) * query.page_size
        try:
            response = faceted[start : start + query.page_size].execute()
        except (TransportError, ApiError) as error:
            raise SearchUnavailable(str(error)) from error

        pages = (
            catalogue.searchable()
            .select_related("organisation")
            .in_bulk([int(hit.meta.id) for hit in response.hits])
        )
        hits = [
            Hit(
                page=pages[int(hit.meta.id)],
                highlights=_highlights(hit),
            )
            for hit in response.hits
            if int(hit.meta.id) in pages
        ]
        total = response.hits.total.value
        return ServiceResults(
            hits=hits,
            total=total,
            facets=_facet_options(response.facets, query, catalogue),
            suggestion=self._suggestion(alternatives[0]) if total == 0 and query.text else None,
            backend=self.name,
        )

    def _suggestion(self, text: str) -> str | None:
        """A spelling of `text` made of words in the index, for "Did you mean ...?". Asked
        only when a search finds nothing: the phrase suggester costs more than the search."""
        search = (
            Search(using=self.client, index=self.alias)
            .extra(size=0)
            .suggest(
                "did_you_mean",
                text,
                phrase={
                    "field": "suggest",
                    "size": 1,
                    "gram_size": 3,
                    "max_errors": 2,  # correct up to two misspelt words, not only one
                    "direct_generator": [{"field": "suggest", "suggest_mode": "always"}],
                },
            )
        )
        try:
            entries = search.execute().suggest.did_you_mean
        except (TransportError, ApiError):
            return None  # the results stand without a suggestion
        options = [option.text for entry in entries for option in entry.options]
        return options[0] if options else None

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
                    },
                }


class ServiceFacetedSearch(FacetedSearch):
    def __init__(self, *, client, index, catalogue, alternatives, age, filters, sort):
        self.using = client
        self.index = index
        self.catalogue = catalogue
        self.fields = [f"{name}^{boost}" for name, boost in catalogue.text_fields]
        self.facets = {
            facet.name: TermsFacet(field=facet.name, size=MAX_FACET_VALUES)
            for facet in catalogue.facets
        }
        self.alternatives = alternatives
        self.age = age
        super().__init__(query=" ".join(alternatives) or None, filters=filters, sort=sort)

    def search(self):
        search = super().search().extra(track_total_hits=True)
        if self.age is not None:
            search = search.filter("range", min_age={"lte": self.age}).filter(
                "range", max_age={"gte": self.age}
            )
        return search

    def query(self, search, query):
        """Any reading of the query matches (see `expand_query`); within one reading every
        word must match, allowing for typing mistakes."""
        if not self.alternatives:
            return search
        readings = [
            Q(
                "multi_match",
                query=reading,
                fields=self.fields,
                operator="and",
                fuzziness="AUTO:5,8",  # no typos in acronyms: "SALT" is not "sale"
                prefix_length=1,
            )
            for reading in self.alternatives
        ]
        return search.query(Q("bool", should=readings, minimum_should_match=1))

    def highlight(self, search):
        return search.highlight("summary", number_of_fragments=0).highlight_options(
            encoder="html", pre_tags=["<mark>"], post_tags=["</mark>"]
        )


def _sort_order(query: ServiceQuery) -> list:
    match query.effective_sort:
        case Sort.RELEVANCE:
            return ["_score", "title.sort"]
        case Sort.UPDATED:
            return [{"updated": {"order": "desc"}}, "title.sort"]
        case _:
            return ["title.sort"]


def _mapping(catalogue: Catalogue) -> Mapping:
    mapping = Mapping()
    for name, _boost in catalogue.text_fields:
        field = Text(analyzer=service_text, copy_to="suggest")
        if name == catalogue.name_field:
            field = Text(
                analyzer=service_text,
                copy_to="suggest",
                fields={"sort": Keyword(normalizer=sortable)},
            )
        mapping.field(name, field)
    mapping.field("suggest", Text(analyzer=suggestion_text))
    for facet in catalogue.facets:
        mapping.field(facet.name, Keyword())
    mapping.field("min_age", Integer())
    mapping.field("max_age", Integer())
    mapping.field("updated", Date())
    mapping.field("locations", GeoPoint())
    return mapping


def _facet_values(catalogue: Catalogue, ids: list[int]) -> dict[str, dict[int, set[str]]]:
    """For each facet, each service's values: one query per facet for a whole chunk."""
    values: dict[str, dict[int, set[str]]] = {}
    model = catalogue.searchable().model
    for facet in catalogue.facets:
        by_id: dict[int, set[str]] = {pk: set() for pk in ids}
        rows = model.objects.filter(pk__in=ids).values_list("pk", facet.lookup)
        for pk, value in rows:
            if value is not None:
                by_id[pk].add(str(value))
        values[facet.name] = by_id
    return values


def _facet_options(response_facets, query: ServiceQuery, catalogue: Catalogue):
    options = {}
    for facet in catalogue.facets:
        counts = {value: count for value, count, _selected in response_facets[facet.name]}
        selected = set(query.filters.get(facet.name, ()))
        options[facet.name] = [
            FacetOption(value, label, counts.get(value, 0), value in selected)
            for value, label in facet.options()
        ]
    return options


def _highlights(hit) -> dict[str, SafeString]:
    """Highlighted fields, whole; the html encoder has escaped the text around the marks."""
    highlight = getattr(hit.meta, "highlight", None)
    if not highlight:
        return {}
    return {name: mark_safe(fragments[0]) for name, fragments in highlight.to_dict().items()}  # noqa: S308
