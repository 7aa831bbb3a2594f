"""Every public page says what it may load: scripts and styles from the site only, no inline
script; features it never uses are switched off."""

from http import HTTPStatus

import pytest

from tests.factories import UserFactory


def _directives(header: str) -> dict[str, list[str]]:
    parts = [part.strip().split() for part in header.split(";") if part.strip()]
    return {part[0]: part[1:] for part in parts}


@pytest.mark.parametrize("path", ["/", "/services/", "/tell-us-what-you-think/"])
def test_public_pages_allow_no_inline_script(client, site, path):
    response = client.get(path)
    assert response.status_code == HTTPStatus.OK
    policy = _directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert not response.cookies


def test_public_templates_carry_no_inline_script(client, site):
    html = client.get("/").content.decode()
    scripts = [part.split(">", 1)[0] for part in html.split("<script")[1:]]
    assert scripts
    assert all("src=" in tag or "application/ld+json" in tag for tag in scripts), scripts


def test_staff_get_the_inline_scripts_the_wagtail_admin_needs(client, site):
    client.force_login(UserFactory(is_superuser=True))
    policy = _directives(client.get("/admin/")["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
