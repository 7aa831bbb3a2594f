"""Per-person KPI API tokens: made and revoked in the admin by people who may read the KPIs,
shown once, kept only as a digest, and accepted over HTTPS only."""

import base64
import json
import os
import re
import subprocess
import sys
from datetime import date
from http import HTTPStatus
from pathlib import Path

import pytest

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.test import Client

from monitoring.models import KpiApiToken, PageViewDay
from monitoring.services import kpi_api_token_create
from roles.groups import ANALYSTS, EDITORS
from tests.factories import UserFactory

KPIS = "/api/monitoring/kpis/"
ADMIN_SCREEN = "/admin/account/kpi-api-token/"
TOKEN = re.compile(r"lokpi_[A-Za-z0-9_-]{40,}")
MANAGE = Path(__file__).resolve().parents[2] / "manage.py"


@pytest.fixture
def analyst(site):
    PageViewDay.objects.create(path="/", day=date(2025, 3, 2), count=40)
    return UserFactory(username="analyst", groups=[ANALYSTS])


def bearer(token: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}", "secure": True}


def kpis_with(token: str) -> int:
    """What a machine that holds no session gets for the KPIs with `token`."""
    return Client().get(KPIS, {"start": "2025-01-01", "end": "2025-06-30"}, **bearer(token))


def test_an_analyst_makes_a_token_that_is_shown_once_and_reads_the_kpis(client, analyst):
    client.force_login(analyst)
    assert "You have no token" in client.get(ADMIN_SCREEN).content.decode()

    made = client.post(ADMIN_SCREEN, {"action": "create"})

    assert made.status_code == HTTPStatus.OK
    assert "no-store" in made["Cache-Control"]
    token = TOKEN.search(made.content.decode())[0]
    stored = KpiApiToken.objects.get(user=analyst)
    assert token not in stored.digest and stored.digest == KpiApiToken.digest_of(token)
    again = client.get(ADMIN_SCREEN).content.decode()
    assert token not in again and "You have a token" in again

    response = kpis_with(token)
    assert response.status_code == HTTPStatus.OK
    assert json.loads(response.content)["page_views"] == 40
    assert not response.cookies


def test_a_new_token_replaces_the_old_one_and_revoking_stops_it(client, analyst):
    old = kpi_api_token_create(user=analyst)
    new = kpi_api_token_create(user=analyst)
    assert kpis_with(old).status_code == HTTPStatus.UNAUTHORIZED
    assert kpis_with(new).status_code == HTTPStatus.OK

    client.force_login(analyst)
    revoked = client.post(ADMIN_SCREEN, {"action": "revoke"}, follow=True)

    assert "revoked" in revoked.content.decode()
    assert kpis_with(new).status_code == HTTPStatus.UNAUTHORIZED
    assert not KpiApiToken.objects.exists()


def test_only_people_who_may_read_the_kpis_have_a_token(client, analyst):
    editor = UserFactory(groups=[EDITORS])
    with pytest.raises(PermissionDenied):
        kpi_api_token_create(user=editor)
    client.force_login(editor)
    assert client.get(ADMIN_SCREEN).status_code != HTTPStatus.OK
    assert client.post(ADMIN_SCREEN, {"action": "create"}).status_code != HTTPStatus.OK
    assert not KpiApiToken.objects.exists()
    assert "KPI API token" not in client.get("/admin/account/").content.decode()
    client.force_login(analyst)
    assert "KPI API token" in client.get("/admin/account/").content.decode()


def test_a_token_stops_working_when_its_owner_may_no_longer_read_the_kpis(analyst):
    token = kpi_api_token_create(user=analyst)
    analyst.groups.remove(Group.objects.get(name=ANALYSTS))
    assert kpis_with(token).status_code == HTTPStatus.UNAUTHORIZED

    analyst.groups.add(Group.objects.get(name=ANALYSTS))
    analyst.is_active = False
    analyst.save()
    assert kpis_with(token).status_code == HTTPStatus.UNAUTHORIZED


@pytest.mark.parametrize("value", ["Bearer", "Bearer ", "Bearer lokpi_guess", "Token x"])
def test_a_wrong_or_empty_token_is_refused_and_counted(site, client, value, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 1
    first = client.get(KPIS, HTTP_AUTHORIZATION=value, secure=True)
    assert first.status_code == HTTPStatus.UNAUTHORIZED
    assert "Bearer" in first["WWW-Authenticate"]
    again = client.get(KPIS, HTTP_AUTHORIZATION=value, secure=True)
    assert again.status_code == HTTPStatus.TOO_MANY_REQUESTS


def test_credentials_over_plain_http_are_refused_before_they_are_checked(client, analyst, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 1
    token = kpi_api_token_create(user=analyst)
    password = base64.b64encode(b"analyst:password").decode()
    for authorization in (f"Bearer {token}", f"Basic {password}", "Bearer lokpi_guess"):
        response = client.get(KPIS, HTTP_AUTHORIZATION=authorization)
        assert response.status_code == HTTPStatus.FORBIDDEN
        assert "plain HTTP" in response.json()["error"]
    # Nothing was checked, so nothing counted against the allowance.
    assert client.get(KPIS, **bearer(token)).status_code == HTTPStatus.OK

    settings.DEBUG = True
    assert Client().get(KPIS, HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 200


def test_production_answers_credentials_over_http_with_the_refusal_not_a_redirect(
    client, analyst, settings
):
    exempt = subprocess.run(  # noqa: S603 - fixed arguments
        [
            sys.executable,
            "-c",
            "import json; from django.conf import settings as s; "
            "print(json.dumps(s.SECURE_REDIRECT_EXEMPT))",
        ],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "localoffer.settings.production"},
        cwd=MANAGE.parent,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_REDIRECT_EXEMPT = json.loads(exempt)
    token = kpi_api_token_create(user=analyst)

    api = client.get(KPIS, HTTP_AUTHORIZATION=f"Bearer {token}")
    page = client.get("/services/")

    assert api.status_code == HTTPStatus.FORBIDDEN
    assert page.status_code == HTTPStatus.MOVED_PERMANENTLY
