"""How fast the Open Referral UK API answers the requests a neighbouring system makes most,
for `make bench`: the first and a deep page of services, a filtered page, and venues near a
postcode, each with the number of queries it took."""

import statistics
import time
from collections.abc import Callable

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from directory.models import NeedType, ServiceLocation

RUNS = 20


def _requests() -> dict[str, tuple[str, dict]]:
    requests = {
        "services, page 1": ("/services", {"per_page": 50}),
        "services, page 100": ("/services", {"per_page": 50, "page": 100}),
        "services, a word": ("/services", {"per_page": 50, "search": "speech"}),
        "service at locations": ("/service_at_locations", {"per_page": 50}),
    }
    if need := NeedType.objects.first():
        requests["services, a need"] = (
            "/services",
            {"per_page": 50, "taxonomy_term_id": str(need.oruk_id)},
        )
    venue = ServiceLocation.objects.exclude(latitude=None).first()
    if venue:
        requests["venues within 3 km"] = (
            "/service_at_locations",
            {"per_page": 50, "postcode": venue.postcode, "proximity": 3000},
        )
    return requests


def api_timings(write: Callable[[str], object], *, label: str = "") -> None:
    """Write median and 95th percentile milliseconds over RUNS requests of each kind."""
    client = Client(SERVER_NAME="localhost")  # a host the development settings allow
    for name, (path, params) in _requests().items():
        times = []
        for _ in range(RUNS + 1):
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                client.get(f"/api/openreferral{path}", params)
            times.append((time.perf_counter() - started) * 1000)
        times = sorted(times[1:])  # the first warms the caches
        p95 = times[max(0, round(len(times) * 0.95) - 1)]
        write(
            f"{label:>8}  ORUK API {name:<24} {statistics.median(times):6.1f} median"
            f" /{p95:6.1f} p95, {len(queries)} queries"
        )
