"""Guessing a staff password gets nowhere: after too many failures, the right password is
refused too, for a while; other people signing in are not held back."""

from http import HTTPStatus

import pytest

from django.core.cache import caches

from tests.factories import UserFactory, make_site

LOGIN = "/admin/login/"


@pytest.fixture
def editor(db, settings):
    settings.AXES_FAILURE_LIMIT = 3
    make_site()
    caches["shared"].clear()
    user = UserFactory(username="editor", is_superuser=True)
    user.set_password("the-right-password")
    user.save()
    return user


def _sign_in(client, password, **headers):
    return client.post(LOGIN, {"username": "editor", "password": password}, **headers)


def test_the_right_password_is_refused_after_too_many_wrong_ones(client, editor):
    assert [_sign_in(client, "guess").status_code for _ in range(3)] == [
        HTTPStatus.OK,  # the form again
        HTTPStatus.OK,
        HTTPStatus.TOO_MANY_REQUESTS,  # the third failure locks
    ]
    response = _sign_in(client, "the-right-password")
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert "_auth_user_id" not in client.session
    # Someone else, elsewhere, still signs in.
    other = _sign_in(client, "the-right-password", REMOTE_ADDR="192.0.2.50")
    assert other.status_code == HTTPStatus.FOUND


def test_a_few_mistakes_then_the_right_password_signs_in(client, editor):
    _sign_in(client, "guess")
    response = _sign_in(client, "the-right-password")
    assert response.status_code == HTTPStatus.FOUND
    assert client.session["_auth_user_id"] == str(editor.pk)
