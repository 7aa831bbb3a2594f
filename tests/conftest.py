"""Fixtures the unit and integration tests of more than one app use."""

import pytest

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache

from roles.groups import STEERING_GROUP
from search.freshness import data_changed
from tests.factories import make_site
from tests.services import in_ci


def pytest_report_header(config):
    database = settings.DATABASES["default"]
    services = "fail the run (CI=true)" if in_ci() else "are skipped (CI is not true)"
    return [
        f"database: {database['ENGINE'].rsplit('.', 1)[-1]} {database['NAME']}",
        f"missing services: {services}",
    ]


@pytest.fixture(autouse=True)
def _fresh_search_data(request):
    """What search holds in memory (spelling vocabulary, service sets) is rebuilt for each
    test that uses the database: an earlier test's data must not linger there."""
    database = next(
        (name for name in ("transactional_db", "db") if name in request.fixturenames), None
    )
    if database:
        request.getfixturevalue(database)
    elif not request.node.get_closest_marker("django_db"):
        return
    data_changed()


@pytest.fixture(autouse=True)
def _fresh_default_cache():
    """The per-process cache outlives each test's database rollback: what an earlier test
    left there (Wagtail's site root paths, a sign-in's attempts) must not reach the next."""
    cache.clear()
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
