"""Staff pages send nothing to other sites: no Gravatar, nothing loaded from elsewhere."""

import re
from http import HTTPStatus

from django.conf import settings

from roles.groups import EDITORS
from tests.factories import UserFactory, make_site

# src, href of stylesheets and icons, srcset: anything the browser fetches on its own.
FETCHED = re.compile(r"""(?:src|srcset|href)\s*=\s*["']([^"']+)["']""")


def off_site(html: str) -> list[str]:
    return [
        url
        for url in FETCHED.findall(html)
        if url.startswith("//") or (url.startswith("http") and "testserver" not in url)
    ]


def test_gravatar_is_switched_off():
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None


def test_admin_pages_load_nothing_from_other_sites(client, db):
    make_site()
    user = UserFactory(groups=[EDITORS], email="editor@example.org")
    client.force_login(user)

    for url in ("/admin/", "/admin/account/", "/admin/pages/", "/admin/reports/listings-due/"):
        response = client.get(url)
        assert response.status_code == HTTPStatus.OK, url
        html = response.content.decode()
        assert "gravatar" not in html.lower(), url
        # Links people choose to follow (help pages) are fine; things fetched are not.
        fetched = [
            match
            for match in re.findall(r"<(?:img|script|link|iframe|source)\b[^>]*>", html)
            if off_site(match)
        ]
        assert fetched == [], url
