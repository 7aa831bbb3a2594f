"""Guards for tests that need a real service: a browser, PostgreSQL and, later, Elasticsearch.

Locally a missing service skips the test and says why. In CI (`CI=true`) it fails the test
instead, so a CI machine that lost a service cannot pass by quietly skipping.
"""

import os
from pathlib import Path
from typing import NoReturn

import pytest

CHROMIUM = Path("/usr/bin/chromium")
POSTGRESQL_URL_SCHEMES = ("postgres://", "postgresql://", "pgsql://")


def in_ci() -> bool:
    return os.environ.get("CI") == "true"


def service_missing(reason: str) -> NoReturn:
    """Skip the current test with `reason`, or fail it when running in CI."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true, so this is a failure, not a skip)", pytrace=False)
    pytest.skip(reason)


def require_chromium() -> Path:
    if not os.access(CHROMIUM, os.X_OK):
        service_missing(f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)")
    return CHROMIUM


def database_url_names_postgresql() -> bool:
    return os.environ.get("DATABASE_URL", "").startswith(POSTGRESQL_URL_SCHEMES)
