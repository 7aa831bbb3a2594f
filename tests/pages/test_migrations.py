"""The site's pages moved from the project package into the pages app without moving data:
their content types are relabelled in place, so what points at them keeps pointing."""

import pytest

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from wagtail.models import Page

from pages.models import HomePage, InformationPage, SiteSettings
from tests.factories import make_site

MOVED = ["homepage", "informationpage", "sitesettings"]


def _migrate(targets) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    # This process's own cache of content types, which a new process would not have.
    ContentType.objects.clear_cache()


@pytest.fixture
def content_types_cached_again():
    """After the test, this process's cache of content types is filled again, as the tests
    after it expect: restoring their database's contents saves pages whose signal handlers
    would otherwise create content types, under new ids, before the restored ones arrive."""
    yield
    ContentType.objects.clear_cache()
    ContentType.objects.get_for_models(*apps.get_models())


def _labels(ids: dict[str, int]) -> dict[str, str]:
    return {model: ContentType.objects.get(pk=pk).app_label for model, pk in sorted(ids.items())}


# One test: a second one in this module would find the content types of the first's
# database restored under other ids.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_move_keeps_the_content_types_pages_and_permissions_use_and_reverses(
    content_types_cached_again,
):
    home, _ = make_site()
    information = home.add_child(instance=InformationPage(title="Annual reviews", body=[]))
    information.save_revision().publish()
    ids = {model: ContentType.objects.get(app_label="pages", model=model).pk for model in MOVED}
    editors = Group.objects.create(name="Page checkers")
    editors.permissions.add(Permission.objects.get(codename="change_sitesettings"))

    # Back to before the move, as the code before it expects.
    _migrate([("pages", None)])
    assert _labels(ids) == dict.fromkeys(MOVED, "localoffer")

    # With the app still installed, post_migrate makes its content types afresh. Were a page
    # to use one of those, which label it should keep is not for a migration to guess.
    fresh = ContentType.objects.create(app_label="pages", model="homepage")
    Permission.objects.create(codename="add_homepage", name="Can add", content_type=fresh)
    Page.objects.filter(pk=home.pk).update(content_type=fresh)
    with pytest.raises(RuntimeError, match="both the 'localoffer' and the 'pages' label"):
        _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    Page.objects.filter(pk=home.pk).update(content_type=ids["homepage"])

    # Otherwise the fresh ones give way to those in use.
    _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    assert _labels(ids) == dict.fromkeys(MOVED, "pages")
    assert not ContentType.objects.filter(pk=fresh.pk).exists()
    assert not ContentType.objects.filter(app_label="localoffer").exists()
    assert Page.objects.get(pk=home.pk).specific_class is HomePage
    assert Page.objects.get(pk=information.pk).content_type_id == ids["informationpage"]
    assert isinstance(information.get_latest_revision().as_object(), InformationPage)
    assert editors.permissions.get().content_type.model_class() is SiteSettings
