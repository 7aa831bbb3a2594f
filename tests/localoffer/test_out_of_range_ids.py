"""An id larger than any database can hold is not found, never an error."""

from http import HTTPStatus

import pytest

from tests.factories import ProviderMembershipFactory, UserFactory

HUGE = "99999999999999999999999"


@pytest.mark.parametrize(
    "url",
    [
        f"/services/{HUGE}/contact/website/",
        f"/you-said-we-did/{HUGE}/",
    ],
)
def test_public_urls_with_a_huge_id_are_not_found(client, site, url):
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND


@pytest.mark.parametrize(
    "url",
    [
        f"/admin/pages/{HUGE}/edit/",
        f"/admin/pages/{HUGE}/",
        f"/admin/snippets/feedback/feedback/edit/{HUGE}/",
    ],
)
def test_admin_urls_with_a_huge_id_are_not_found(client, site, url):
    client.force_login(ProviderMembershipFactory().user)
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND
    client.force_login(UserFactory(is_superuser=True))
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND
