"""The first page asked for on a database that refuses writes, before the site's settings
have a row, is served with the settings' defaults rather than a 500."""

from http import HTTPStatus

import pytest

from wagtail.models import Site

from feedback.models import FeedbackSettings
from pages.models import SiteSettings
from plain_english.models import PlainEnglishSettings
from public_forms.site_settings import settings_rows_create
from tests.busy_database import another_writer_holding, read_only_database
from tests.factories import make_site

PAGES = ["/", "/tell-us-what-you-think/", "/feedback/?path=/services/"]


@pytest.fixture
def site_without_settings(db):
    make_site()
    SiteSettings.objects.all().delete()
    FeedbackSettings.objects.all().delete()
    PlainEnglishSettings.objects.all().delete()


# Transactional: a read-only PostgreSQL refuses writes in transactions begun after it is
# set, and another connection's lock is only seen outside the test's own transaction.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("url", PAGES)
def test_a_read_only_database_serves_the_first_page_with_the_default_settings(
    client, site_without_settings, url
):
    with read_only_database():
        response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    assert "Local Local Offer" in response.content.decode()
    assert not SiteSettings.objects.exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_plain_english_target_is_its_default_on_a_read_only_database(
    site_without_settings,
):
    site = Site.objects.get()
    with read_only_database():
        settings = PlainEnglishSettings.for_site(site)
    assert settings.pk is None
    assert settings.target_reading_age == 11
    assert not PlainEnglishSettings.objects.exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_settings_table_another_writer_holds_does_not_stop_the_first_page(
    client, site_without_settings
):
    with another_writer_holding(SiteSettings._meta.db_table):
        response = client.get("/tell-us-what-you-think/")
    assert response.status_code == HTTPStatus.OK
    assert "Local Local Offer" in response.content.decode()


def test_the_settings_are_created_as_before_when_the_database_takes_writes(
    client, site_without_settings
):
    assert client.get("/").status_code == HTTPStatus.OK
    assert SiteSettings.objects.filter(site=Site.objects.get()).exists()
    assert FeedbackSettings.load().safeguarding_phrases


def test_migrating_creates_every_missing_settings_row_once(site_without_settings):
    settings_rows_create()
    settings_rows_create()
    assert list(SiteSettings.objects.values_list("site", flat=True)) == [Site.objects.get().pk]
    assert FeedbackSettings.objects.count() == 1
    assert PlainEnglishSettings.objects.get().site == Site.objects.get()
