"""Fixtures the unit and integration tests of more than one app use."""

import pytest

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache, caches

from roles.groups import STEERING_GROUP
from search.freshness import data_changed
from tests.factories import make_site
from tests.services import in_ci

pytest_plugins = ["tests.demo_local_offer", "tests.migrated_database"]


def pytest_report_header(config):
    database = settings.DATABASES["default"]
    services = "fail the run (CI=true)" if in_ci() else "are skipped (CI is not true)"
    return [
        f"database: {database['ENGINE'].rsplit('.', 1)[-1]} {database['NAME']}",
        f"missing services: {services}",
    ]


@pytest.fixture(autouse=True)
def _nothing_left_by_earlier_tests(request):
    """What outlives a test's database rollback must not reach the next test: the per-process
    cache (Wagtail's site root paths, a sign-in's attempts), what search holds in memory
    (spelling vocabulary, service sets), and, for a test that uses the database, the cache
    table, which the emptying after a transactional test leaves alone (a form's rate-limit
    counts)."""
    cache.clear()
    database = next(
        (name for name in ("transactional_db", "db") if name in request.fixturenames), None
    )
    if database:
        request.getfixturevalue(database)
    if database or request.node.get_closest_marker("django_db"):
        for each in caches.all():
            each.clear()
        data_changed()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    """The home page as the default site, with the directory at /services/."""
    return make_site()


@pytest.fixture
def moderator(django_user_model):
    """A member of the steering group, who moderates feedback and reads the monitoring."""
    user = django_user_model.objects.create_user("moderator", "m@example.org", "pw")
    user.groups.add(Group.objects.get(name=STEERING_GROUP))
    return user


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client
