import pytest

from django.conf import settings

from search.freshness import data_changed
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
