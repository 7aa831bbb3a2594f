import pytest

from django.contrib.auth.models import Group

from roles.groups import STEERING_GROUP

BROWSER = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0 Mobile Safari/537.36"
)


@pytest.fixture
def visitor(client):
    """A test client that looks like a person's phone browser."""
    client.defaults["HTTP_USER_AGENT"] = BROWSER
    return client


@pytest.fixture
def steering_member(django_user_model):
    user = django_user_model.objects.create_user("steering", "s@example.org", "pw")
    user.groups.add(Group.objects.get(name=STEERING_GROUP))
    return user
