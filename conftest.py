"""Fixtures that tests of more than one app use, for the unit, integration and browser tests."""

import pytest

from django.contrib.auth.models import Group
from django.core.cache import cache

from roles.groups import STEERING_GROUP
from tests.factories import make_site


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    # The public forms' rate limits live in the cache, which outlives each test's rollback.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    return make_site()


@pytest.fixture
def moderator(django_user_model):
    """A member of the steering group, who moderates feedback and reads the monitoring."""
    user = django_user_model.objects.create_user("moderator", "m@example.org", "pw")
    user.groups.add(Group.objects.get(name=STEERING_GROUP))
    return user


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client
