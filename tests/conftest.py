import pytest

from django.conf import settings

from search.spelling import forget_vocabulary
from tests.services import in_ci


def pytest_report_header(config):
    database = settings.DATABASES["default"]
    services = "fail the run (CI=true)" if in_ci() else "are skipped (CI is not true)"
    return [
        f"database: {database['ENGINE'].rsplit('.', 1)[-1]} {database['NAME']}",
        f"missing services: {services}",
    ]


@pytest.fixture(autouse=True)
def _fresh_spelling_vocabulary():
    """Each test's searches correct spelling from that test's own listings: the vocabulary
    cache would otherwise outlive the rolled-back data of an earlier test."""
    forget_vocabulary()
