from django.conf import settings

from tests.services import in_ci


def pytest_report_header(config):
    database = settings.DATABASES["default"]
    services = "fail the run (CI=true)" if in_ci() else "are skipped (CI is not true)"
    return [
        f"database: {database['ENGINE'].rsplit('.', 1)[-1]} {database['NAME']}",
        f"missing services: {services}",
    ]
