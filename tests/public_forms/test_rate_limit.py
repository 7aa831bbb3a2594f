"""The rate limit: who the client is behind proxies, one allowance per form, and a count that
every worker shares."""

import os
import uuid
from http import HTTPStatus

import pytest

from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connection
from django.test import RequestFactory

from public_forms.rate_limit import client_address, is_rate_limited
from tests.factories import make_site
from tests.services import service_missing

SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver"}


@pytest.fixture(autouse=True)
def fresh(db):
    make_site()
    caches["shared"].clear()
    yield
    caches["shared"].clear()


def _request(remote="10.0.0.2", forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/", **headers)


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.2"),  # no proxy: the header is the client's own invention
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "6.6.6.6, 203.0.113.9", "203.0.113.9"),  # the client made up the first entry
        (2, "6.6.6.6, 203.0.113.9, 10.0.0.1", "203.0.113.9"),
        (2, "203.0.113.9", "203.0.113.9"),
        (1, "not-an-address", "10.0.0.2"),
        (1, None, "10.0.0.2"),
    ],
)
def test_the_client_is_found_behind_the_trusted_proxies(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    assert client_address(_request(forwarded=forwarded)) == expected


def test_behind_a_proxy_one_visitor_cannot_use_up_everyones_allowance(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.PUBLIC_FORM_RATE_LIMIT = 2
    data = {"category": "idea", "message": "More clubs"}

    def post(address):
        return client.post(
            "/tell-us-what-you-think/",
            data,
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=address,
            **SAME_ORIGIN,
        ).status_code

    assert [post("203.0.113.1") for _ in range(3)][-1] == HTTPStatus.TOO_MANY_REQUESTS
    assert post("203.0.113.2") == HTTPStatus.FOUND


def test_each_form_has_its_own_allowance(client, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 1
    settings.PUBLIC_FORM_RATE_LIMITS = {"tell-us": 2}
    widget = {"path": "/", "helpful": "yes"}
    tell_us = {"category": "idea", "message": "More clubs"}
    assert client.post("/feedback/", widget, **SAME_ORIGIN).status_code == HTTPStatus.FOUND
    assert client.post("/feedback/", widget, **SAME_ORIGIN).status_code == 429
    # The widget's allowance is used up; "Tell us" still has its own two.
    for _ in range(2):
        response = client.post("/tell-us-what-you-think/", tell_us, **SAME_ORIGIN)
        assert response.status_code == HTTPStatus.FOUND
    response = client.post("/tell-us-what-you-think/", tell_us, **SAME_ORIGIN)
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS


def test_the_count_is_shared_by_every_worker_through_the_database(settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 2
    assert isinstance(caches["shared"], DatabaseCache)
    request = _request()
    assert not is_rate_limited(request, scope="note")
    assert not is_rate_limited(request, scope="note")
    # The count is a row of the database, where every worker reads it, not a process's memory.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT cache_key FROM public_forms_cache WHERE cache_key LIKE %s", ["%rate:note%"]
        )
        assert len(cursor.fetchall()) == 1
    assert is_rate_limited(request, scope="note")


def test_the_count_is_shared_through_redis_when_redis_url_is_set(settings):
    url = os.environ.get("REDIS_URL", "")
    if not url:
        service_missing("the Redis test needs REDIS_URL (apt-get install redis-server)")
    settings.CACHES = {
        **settings.CACHES,
        "shared": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        },
    }
    redis_cache = caches["shared"]
    try:
        redis_cache.set("ping", "pong", 5)
    except Exception as error:  # noqa: BLE001 - any failure to reach Redis means it is missing
        service_missing(f"Redis at REDIS_URL is not answering: {error}")
    settings.PUBLIC_FORM_RATE_LIMIT = 1
    request = _request()
    assert not is_rate_limited(request, scope="note")
    assert is_rate_limited(request, scope="note")
    redis_cache.clear()
