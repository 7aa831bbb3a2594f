import pytest

from django.contrib.auth.models import Group
from django.core.cache import cache

from roles.groups import STEERING_GROUP
from tests.factories import make_site


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    # The rate limit lives in the cache, which outlives each test's database rollback.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    return make_site()


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("moderator", "m@example.org", "pw")
    user.groups.add(Group.objects.get(name=STEERING_GROUP))
    return user


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client
