import os
from pathlib import Path

import pytest

from django.core.cache import caches
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections

from search.freshness import data_changed
from tests.services import require_chromium
from tests.sqlite_copies import sqlite_copy

pytest_plugins = ["tests.migrated_database"]

# Playwright's sync API runs an event loop in the test thread, so Django refuses database
# calls there (the demo loader, live_server's flush) unless told that this is safe.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

E2E_DIR = Path(__file__).resolve().parent
SCREENSHOTS_DIR = E2E_DIR / "screenshots"
BUILT_CSS = E2E_DIR.parent / "localoffer" / "static" / "dist" / "main.css"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    # tryfirst: the marker must be on before `-m "not e2e"` deselects by it.
    for item in items:
        if item.path.is_relative_to(E2E_DIR):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session", autouse=True)
def _database_connection_shared_with_playwright(django_db_setup, playwright):
    """Keep the test database's connection once Playwright is running.

    Playwright's sync API runs an event loop in the test thread, and with a loop running
    Django keeps connections per context (asgiref's `Local`), not per thread: the e2e tests
    would get a new connection object, without the contents `django_db_serialized_rollback`
    restores from. When the database was set up before Playwright started (other tests ran
    first), hand the tests the thread's own connection again.
    """
    thread_connection = getattr(connections._connections._storage, DEFAULT_DB_ALIAS, None)
    if hasattr(thread_connection, "_test_serialized_contents") and not hasattr(
        connections[DEFAULT_DB_ALIAS], "_test_serialized_contents"
    ):
        connections[DEFAULT_DB_ALIAS] = thread_connection


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": str(require_chromium()),
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def base_url(live_server):
    # pytest-playwright gives every browser context this base, so tests can goto("/services/").
    return live_server.url


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1280, "height": 900}, "locale": "en-GB"}


@pytest.fixture(scope="session")
def built_front_end():
    if not BUILT_CSS.exists():
        pytest.fail(f"{BUILT_CSS} is missing: build the front end with `make setup`")


@pytest.fixture(scope="session")
def _demo_snapshot():
    """The SQLite database as it was just after the first demo load of the session."""
    snapshot = {}
    yield snapshot
    if "copy" in snapshot:
        snapshot["copy"].close()


@pytest.fixture
def demo_site(live_server, django_db_serialized_rollback, built_front_end, _demo_snapshot):
    """The live server, serving the demo Local Offer as loaded: nothing an earlier test
    wrote is left.

    live_server makes the test transactional: the database is emptied after each test, and
    serialized rollback puts back what migrations created (Wagtail's root page, the default
    site) that the demo loader builds on. Loading the demo takes seconds, so on SQLite (where
    the browser tests run) the first test copies the loaded database with SQLite's backup API
    and every later test copies it back, which takes milliseconds: the copy holds what
    migrations created too, and each test still ends with the same emptying and putting
    back, so the tests after the browser tests find the database as they would have.
    PostgreSQL loads the demo each time.
    """
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor != "sqlite":
        call_command("load_demo_local_offer", verbosity=0)
        return live_server
    if "copy" not in _demo_snapshot:
        call_command("load_demo_local_offer", verbosity=0)
        _demo_snapshot["copy"] = sqlite_copy(connection)
        return live_server
    _demo_snapshot["copy"].backup(connection.connection)
    # What was cached about the previous test's pages (Wagtail's site root paths, search's
    # service sets) must not outlive its data.
    for cache in caches.all():
        cache.clear()
    data_changed()
    return live_server


@pytest.fixture
def screenshot(page, request):
    """Save the page as e2e/screenshots/<test name>-<step>.png when E2E_SCREENSHOTS is set:
    a full-page screenshot takes a quarter of a second, and the suite takes over a hundred."""
    if not os.environ.get("E2E_SCREENSHOTS"):
        return lambda step: None
    SCREENSHOTS_DIR.mkdir(exist_ok=True)

    def save(step: str) -> None:
        page.screenshot(
            path=SCREENSHOTS_DIR / f"{request.node.originalname}-{step}.png", full_page=True
        )

    return save
