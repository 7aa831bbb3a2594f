"""When Elasticsearch cannot answer, families still get results: from the database."""

import logging
import socket
from http import HTTPStatus

import pytest

from django.core.management import call_command
from django.core.management.base import SystemCheckError

from search.engine import search_services
from search.query import ServiceQuery


@pytest.fixture
def closed_port_url() -> str:
    """The address of a port on this machine that nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def elasticsearch_down(settings, closed_port_url):
    settings.ELASTICSEARCH_URL = closed_port_url


def test_the_directory_answers_from_the_database_when_elasticsearch_is_down(
    elasticsearch_down, services, client
):
    response = client.get("/services/", {"q": "speech"})

    assert response.status_code == HTTPStatus.OK
    assert ">2 services</h2>" in response.content.decode()
    assert search_services(ServiceQuery(text="speech")).backend == "database"


def test_an_outage_is_logged_once_not_on_every_search(elasticsearch_down, services, caplog):
    with caplog.at_level(logging.ERROR, logger="search.engine"):
        for _ in range(3):
            search_services(ServiceQuery(text="speech"))

    assert len(caplog.records) == 1
    assert "using the database until it recovers" in caplog.records[0].getMessage()


def test_health_reports_search_degraded_but_the_site_up(elasticsearch_down, db, client):
    response = client.get("/healthz")

    assert response.status_code == HTTPStatus.OK
    assert response.json() == {
        "database": "ok",
        "search": {"backend": "elasticsearch", "status": "degraded", "serving": "database"},
    }


def test_health_reports_the_database_backend_when_no_elasticsearch_is_set(db, client):
    assert client.get("/healthz").json()["search"] == {"backend": "database", "status": "ok"}


def test_publishing_while_elasticsearch_is_down_still_publishes(elasticsearch_down, services):
    page = services["draft"]
    page.save_revision().publish()

    page.refresh_from_db()
    assert page.live


@pytest.mark.parametrize("url", ["localhost:9200", "ftp://127.0.0.1", "http://"])
def test_a_malformed_elasticsearch_url_fails_the_system_checks(settings, url):
    settings.ELASTICSEARCH_URL = url

    with pytest.raises(SystemCheckError, match="search.E001"):
        call_command("check")
