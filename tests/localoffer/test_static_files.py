"""Static files are served by WhiteNoise, in development as in production: a path that climbs
out of the static folder is not found, never an error."""

from http import HTTPStatus

import pytest

from django.test import Client

from localoffer.settings import dev


@pytest.fixture
def dev_static(settings, db):
    # As under `make run`: files found in the app folders, looked up again on each request.
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    return Client()  # a client made now loads the middleware with these settings


def test_development_serves_static_files_through_whitenoise_not_runserver():
    apps = dev.INSTALLED_APPS
    assert apps.index("whitenoise.runserver_nostatic") < apps.index("django.contrib.staticfiles")


@pytest.mark.parametrize(
    "path", ["/static/../manage.py", "/static/..%2fmanage.py", "/static/%2e%2e/manage.py"]
)
def test_a_path_out_of_the_static_folder_is_not_found(dev_static, path):
    assert dev_static.get(path).status_code == HTTPStatus.NOT_FOUND


def test_a_static_file_is_served(dev_static):
    response = dev_static.get("/static/dist/main.css")
    assert response.status_code == HTTPStatus.OK
