"""How fast the directory searches at 1,000, 10,000 and 50,000 services, on each backend, and
how fast its pages and its Open Referral UK API answer.

Each backend is set beside a floor measured in the same run on the same data: one raw
full-text query, then filters and facet counts from page-id sets held in memory. Nothing a
backend does can beat that by much, so the ratio to the floor is the figure to watch; the
milliseconds depend on the machine.
"""

import os
import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import cycle, islice
from pathlib import Path
from urllib.parse import quote

from django.db import connection
from django.test import Client
from django.test.utils import override_settings
from django.utils import timezone

from demo.judged import judge_search, judged_searches
from demo.loader import (
    load_demo_local_offer,
    load_organisations,
    load_taxonomy,
    publish_services,
    refresh_statistics,
)
from demo.services import ServiceSpec, service_specs
from directory.models import DirectoryIndexPage, NeedType, ServiceLocation, ServicePage
from search.backends.base import SearchBackend
from search.backends.database import DatabaseBackend, FullTextIndex
from search.catalogue import Catalogue, get_catalogue
from search.query import ServiceQuery
from search.text import terms

SIZES = (1_000, 10_000, 50_000)
BROAD_WORD = "support"
RUNS = 20
WARM_UP_RUNS = 2


@dataclass(frozen=True)
class Timing:
    median_ms: float
    p95_ms: float


def representative_queries() -> dict[str, ServiceQuery]:
    return {
        "text only": ServiceQuery(text="speech therapy"),
        "two facets": ServiceQuery(filters={"need": ("SLCN", "ASD"), "cost": ("free",)}),
        "text + three facets + age": ServiceQuery(
            text="support",
            filters={"need": ("SLCN", "ASD"), "cost": ("free",), "delivery": ("in-person",)},
            age=6,
        ),
    }


def time_query(search: Callable[[ServiceQuery], object], query: ServiceQuery) -> Timing:
    for _ in range(WARM_UP_RUNS):
        search(query)
    samples = []
    for _ in range(RUNS):
        started = time.perf_counter()
        search(query)
        samples.append((time.perf_counter() - started) * 1000)
    return Timing(statistics.median(samples), statistics.quantiles(samples, n=20)[-1])


class Floor:
    """The least work a search can do: one raw full-text query for the ids, then set
    arithmetic on page ids held in memory for filters, ages and every facet count."""

    def __init__(self, catalogue: Catalogue):
        services = catalogue.searchable()
        self.catalogue = catalogue
        self.ages = {
            pk: (low, high)
            for pk, low, high in services.values_list(
                "pk", catalogue.min_age_field, catalogue.max_age_field
            )
        }
        self.ids = frozenset(self.ages)
        self.values: dict[str, dict[str, set[int]]] = {}
        for facet in catalogue.facets:
            by_value = defaultdict(set)
            for pk, value in services.values_list("pk", facet.lookup):
                by_value[value].add(pk)
            self.values[facet.name] = by_value

    def search(self, query: ServiceQuery) -> tuple[int, dict]:
        ids = set(self.ids)
        if query.text:
            ids &= FullTextIndex(self.catalogue).any_of(terms(query.text))
        youngest, oldest = query.age_band
        if youngest is not None:
            ids = {pk for pk in ids if self.ages[pk][1] >= youngest}
        if oldest is not None:
            ids = {pk for pk in ids if self.ages[pk][0] <= oldest}
        selections = {
            name: set().union(*(self.values[name][value] for value in values))
            for name, values in query.filters.items()
        }
        hits = ids.intersection(*selections.values())
        counts = {}
        for facet in self.catalogue.facets:
            others = ids.intersection(
                *(chosen for name, chosen in selections.items() if name != facet.name)
            )
            counts[facet.name] = {
                value: len(others & members) for value, members in self.values[facet.name].items()
            }
        return len(hits), counts


# A person's phone browser: monitoring counts its page views, as it would a family's.
BROWSER = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0 Mobile Safari/537.36"
)


def representative_pages() -> dict[str, str]:
    service = ServicePage.objects.live().order_by("pk").first()
    return {
        "/": "/",
        "/services/": "/services/",
        "/services/?q=…&filters": (
            "/services/?q=speech+therapy&need=SLCN&need=ASD&cost=free&delivery=in-person&age=6"
        ),
        "a service page": service.url,
    }


def page_timings() -> dict[str, tuple[Timing, int]]:
    """Server time for each representative page, in this process, on the database backend,
    with the number of queries each took. DEBUG is off, as in production: with it on, Django
    logs every query and templates are checked for changes on every render."""
    with override_settings(ELASTICSEARCH_URL="", DEBUG=False):
        return _request_timings(representative_pages())


def api_requests() -> dict[str, str]:
    """The Open Referral UK requests a neighbouring system makes most: the first and a deep
    page of services, a word, a need, and venues, all and near a postcode."""
    requests = {
        "services, page 1": "/services?per_page=50",
        "services, page 100": "/services?per_page=50&page=100",
        "services, a word": "/services?per_page=50&search=speech",
        "service at locations": "/service_at_locations?per_page=50",
    }
    if need := NeedType.objects.first():
        requests["services, a need"] = f"/services?per_page=50&taxonomy_term_id={need.oruk_id}"
    if venue := ServiceLocation.objects.exclude(latitude=None).first():
        requests["venues within 3 km"] = (
            f"/service_at_locations?per_page=50&postcode={quote(venue.postcode)}&proximity=3000"
        )
    return {label: f"/api/openreferral{path}" for label, path in requests.items()}


def _request_timings(paths: dict[str, str]) -> dict[str, tuple[Timing, int]]:
    client = Client(SERVER_NAME="localhost", HTTP_USER_AGENT=BROWSER)
    timings = {}
    for label, path in paths.items():

        def get(_query, path=path):
            response = client.get(path)
            if response.status_code != 200:
                raise RuntimeError(f"{path} answered {response.status_code}")

        timing = time_query(get, None)
        # Counted once warm, as the timings are: the first request builds what search keeps.
        queries = QueryCount()
        with connection.execute_wrapper(queries):
            get(None)
        timings[label] = (timing, queries.count)
    return timings


class QueryCount:
    """Counts the queries run while installed as the connection's execute wrapper (the
    connection's own log stops growing at its limit)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def serve_pages_and_measure_memory() -> float:
    """Serve each page as a fresh web process would, then return this process's peak resident
    memory in MB. Run in a process of its own (`bench_search --memory`)."""
    page_timings()
    # VmHWM, not getrusage: on Linux ru_maxrss carries over from the parent across fork and
    # exec, so it would report the bench's own size.
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def web_process_memory_mb() -> float:
    """Peak resident memory of a new process that serves the pages, on the database backend."""
    finished = subprocess.run(  # noqa: S603 - this Python, this project's manage.py
        [sys.executable, "manage.py", "bench_search", "--memory"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "ELASTICSEARCH_URL": ""},
    )
    return float(finished.stdout.split()[-1])


def _specs(count: int, *, start: int) -> Iterator[ServiceSpec]:
    """`count` listings made from the demo's, each with its own title and address."""
    specs = service_specs(today=timezone.localdate())
    for number, spec in enumerate(islice(cycle(specs), count), start=start):
        yield replace(spec, title=f"{spec.title} {number}", slug=f"{spec.slug}-{number}")


def grow_directory(size: int) -> float:
    """Add generated services to the directory until the site has `size`; returns the
    seconds publishing them took."""
    have = ServicePage.objects.count()
    if have >= size:
        return 0.0
    started = time.perf_counter()
    # Without the configured Elasticsearch index: the bench indexes every listing into its
    # own index straight after, and timed on its own, so publishing into the configured one
    # as well sent each listing to Elasticsearch twice.
    with override_settings(ELASTICSEARCH_URL=""):
        publish_services(
            directory=DirectoryIndexPage.objects.order_by("path").first(),
            specs=_specs(size - have, start=have),
            vocabulary=load_taxonomy(),
            organisations=load_organisations(),
        )
    took = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # As autovacuum would soon after: VACUUM moves the new full-text entries out of
            # the GIN indexes' pending list, which every text search reads through until then.
            cursor.execute("VACUUM")
    refresh_statistics()
    return took


def backends() -> dict[str, SearchBackend]:
    found = {"database": DatabaseBackend()}
    if url := os.environ.get("ELASTICSEARCH_URL"):
        from search.backends.elasticsearch import ElasticsearchBackend

        found["elasticsearch"] = ElasticsearchBackend(url=url, index_prefix="bench-")
    return found


def run(
    write: Callable[[str], object], sizes: tuple[int, ...] = SIZES, *, relevance: bool = True
) -> list[dict]:
    """Measure, writing the table as it goes; returns one row per figure for results.json.
    Relevance is judged on the demo alone, so only while nothing else has been added."""
    rows: list[dict] = []
    load_demo_local_offer()
    catalogue = get_catalogue()
    engines = backends()
    write(f"database: {connection.vendor}; backends: {', '.join(engines)}")
    if relevance:
        write(f"Relevance: {len(judged_searches())} judged family searches on the demo")
    for name, backend in engines.items() if relevance else ():
        backend.rebuild(catalogue)
        report = judge_search(backend)
        write(f"  {name:<14} {report.summary()}")
        for query in report.misses:
            write(f"  {'':<14} no right listing in the top 10: {query}")
        rows.append(
            {
                "size": ServicePage.objects.live().count(),
                "backend": name,
                "query": "relevance",
                "success_at_10": round(report.success_at_10, 3),
                "recall_at_20": round(report.recall_at_20, 3),
                "ndcg_at_10": round(report.ndcg_at_10, 3),
                "found_nothing": len(report.found_nothing),
            }
        )
    write("")
    write(
        f"{RUNS} runs per figure after {WARM_UP_RUNS} to warm up; times in ms; "
        "x floor: p95 over the floor's p95\n"
    )
    header = f"{'services':>8}  {'search':<26} {'floor':>13}"
    header += "".join(f"  {name:>22} {'x floor':>7}" for name in engines)
    for size in sizes:
        have = ServicePage.objects.count()
        loading = grow_directory(size)
        added = size - have
        if added > 0:
            rate = added / loading
            rows.append({"size": size, "backend": "publish", "per_s": round(rate)})
            loaded = f"{added:,} published at {rate:,.0f} a second"
        else:  # measured again on a directory an earlier run filled
            loaded = f"{have:,} there already"
        indexing = {}
        for name, backend in engines.items():
            started = time.perf_counter()
            backend.rebuild(catalogue)
            indexing[name] = time.perf_counter() - started
        took = ", ".join(f"{name} index {seconds:.1f} s" for name, seconds in indexing.items())
        write(f"{size:,} services ({loaded}; {took})")
        write(header)
        floor = Floor(catalogue)
        for label, query in representative_queries().items():
            base = time_query(floor.search, query)
            rows.append(_row(size, "floor", QUERY_NAMES[label], base))
            line = f"{size:>8,}  {label:<26} {base.median_ms:6.1f} /{base.p95_ms:6.1f}"
            for name, backend in engines.items():
                timing = time_query(lambda q, b=backend: b.search(q, catalogue), query)
                rows.append(_row(size, name, QUERY_NAMES[label], timing))
                ratio = timing.p95_ms / base.p95_ms if base.p95_ms else float("nan")
                line += f"  {timing.median_ms:8.1f} median /{timing.p95_ms:6.1f} p95 {ratio:7.1f}"
            write(line)
        for kind, timings in (
            ("page", page_timings()),
            ("oruk-api", _request_timings(api_requests())),
        ):
            for label, (timing, queries) in timings.items():
                rows.append(_row(size, kind, label, timing))
                write(
                    f"{size:>8,}  {kind} {label:<24} {timing.median_ms:6.1f} median /"
                    f"{timing.p95_ms:6.1f} p95, {queries} queries"
                )
        memory = web_process_memory_mb()
        rows.append({"size": size, "backend": "memory", "rss_mb": round(memory, 1)})
        write(f"{size:>8,}  a web process serving these pages peaks at {memory:.0f} MB resident")
        for name, backend in engines.items():
            # A word nearly every service has: the most any search has to match and count.
            started = time.perf_counter()
            broad = backend.search(ServiceQuery(text=BROAD_WORD), catalogue)
            write(
                f"{size:>8,}  {name}: “{BROAD_WORD}” found {broad.total:,} services in "
                f"{(time.perf_counter() - started) * 1000:.0f} ms"
            )
        write("")
    if "elasticsearch" in engines:
        engines["elasticsearch"].drop()
    return rows


# The names results.json gives the representative queries, which other tools read.
QUERY_NAMES = {
    "text only": "text",
    "two facets": "facets",
    "text + three facets + age": "text+facets+age",
}


def _row(size: int, backend: str, query: str, timing: Timing) -> dict:
    return {
        "size": size,
        "backend": backend,
        "query": query,
        "p50_ms": round(timing.median_ms, 2),
        "p95_ms": round(timing.p95_ms, 2),
    }
