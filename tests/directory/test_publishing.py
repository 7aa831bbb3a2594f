import re
from datetime import time
from decimal import Decimal
from http import HTTPStatus

import pytest

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.test import Client

from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.models import IndexEntry

from directory.models import (
    AccessibilityFeature,
    ServiceContact,
    ServiceLocation,
    ServicePage,
    ServiceSchedule,
    ServiceTime,
)
from directory.publishing import InvalidListings, publish_services, update_services
from search.engine import search_services
from search.query import ServiceQuery
from tests.factories import (
    AreaFactory,
    CategoryFactory,
    NeedTypeFactory,
    OrganisationFactory,
    ServicePageFactory,
    SupportLevelFactory,
    UserFactory,
    make_site,
)

# Fields that differ between any two listings, or that say when they were written.
OWN_FIELDS = {
    "id",
    "page_ptr_id",
    "path",
    "slug",
    "url_path",
    "translation_key",
    "oruk_id",
    "latest_revision_id",
    "live_revision_id",
    "first_published_at",
    "last_published_at",
    "latest_revision_created_at",
}


@pytest.fixture
def directory_page(db):
    _home, directory = make_site()
    return directory


@pytest.fixture
def vocabulary(db):
    return {
        "needs": [NeedTypeFactory(code="SLCN", name="Speech, language and communication")],
        "categories": [CategoryFactory(name="Therapy")],
        "support_levels": [SupportLevelFactory(name="SEN support")],
        "areas": [AreaFactory(name="North")],
        "organisation": OrganisationFactory(name="Northby Health"),
    }


def listing(vocabulary: dict, *, slug: str) -> ServicePage:
    """An unsaved listing with every kind of relation, as a page form leaves one."""
    service = ServicePage(
        title="Speech therapy for children",
        slug=slug,
        organisation=vocabulary["organisation"],
        summary="Help for children who find talking hard.",
        description="<p>Weekly <b>speech</b> sessions.</p>",
        min_age=2,
        max_age=11,
        cost="free",
        eligibility="<p>Children with a referral.</p>",
        phone="01632 960000",
        email="speech@example.org",
        website="https://example.org/speech",
    )
    for name in ("needs", "categories", "support_levels", "areas"):
        setattr(service, name, vocabulary[name])
    service.accessibility_features = list(AccessibilityFeature.objects.all()[:1])
    service.times = list(ServiceTime.objects.all()[:1])
    service.locations = [
        ServiceLocation(
            name="Northby Clinic",
            address="1 High Street\nNorthby",
            postcode="NB1 1AA",
            area=vocabulary["areas"][0],
            latitude=Decimal("53.1"),
            longitude=Decimal("-1.5"),
        )
    ]
    service.contacts = [ServiceContact(name="Sam Jones", role="Therapist", phone="01632 960001")]
    service.schedules = [
        ServiceSchedule(weekday=1, opens_at=time(9), closes_at=time(17), note="Term time")
    ]
    return service


def through_wagtail(directory, service: ServicePage, *, user=None) -> ServicePage:
    """Published as the page editor publishes a new page."""
    service.owner = user
    directory.add_child(instance=service)
    service.save_revision(user=user).publish(user=user)
    return ServicePage.objects.get(pk=service.pk)


def fields(service: ServicePage) -> dict:
    return {
        field.attname: getattr(service, field.attname)
        for field in ServicePage._meta.concrete_fields
        if field.attname not in OWN_FIELDS
    }


def revision_content(service: ServicePage) -> dict:
    """The revision's content without what differs between any two listings."""
    own = {"pk", *OWN_FIELDS, "latest_revision", "live_revision"}
    content = {
        key: value
        for key, value in service.live_revision.content.items()
        if key not in {*own, "locations", "contacts", "schedules"}
    }
    for relation in ("locations", "contacts", "schedules"):
        content[relation] = [
            {key: value for key, value in child.items() if key not in {"pk", "service", "oruk_id"}}
            for child in service.live_revision.content[relation]
        ]
    return content


def history(service: ServicePage) -> list[tuple]:
    return [
        (entry.action, entry.label, entry.user_id, entry.revision_id, entry.content_changed)
        for entry in PageLogEntry.objects.filter(page=service).order_by("id")
    ]


def references(service: ServicePage) -> set[tuple]:
    return {
        (reference.to_content_type_id, reference.to_object_id, reference.model_path)
        for reference in ReferenceIndex.objects.filter(object_id=str(service.pk))
    }


def index_entry(service: ServicePage) -> dict:
    """What Wagtail's index holds for the listing, apart from its id and the title weight,
    which depends on every other entry."""
    entry = IndexEntry.objects.get(
        content_type=ContentType.objects.get_for_model(ServicePage), object_id=str(service.pk)
    )
    return {
        field.attname: getattr(entry, field.attname)
        for field in IndexEntry._meta.concrete_fields
        if field.attname not in {"id", "object_id", "title_norm"}
    }


def wagtail_search(words: str) -> set[int]:
    """What Wagtail's own search (the admin's) finds."""
    return {page.pk for page in ServicePage.objects.search(words)}


def page_html(client: Client, service: ServicePage) -> str:
    response = client.get(service.url)
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    # What differs between any two listings: their addresses and ids.
    for own in (
        service.url,
        str(service.oruk_id),
        *(str(child.oruk_id) for child in service.locations.all()),
    ):
        html = html.replace(own, "…")
    # The id is in the contact links' paths and the feedback form's `page` field, and must
    # not be matched elsewhere (a page numbered 500 is not a maxlength of 500).
    return re.sub(rf'/{service.pk}/|(?<=name="page" value=)"{service.pk}"', "…", html)


def test_a_bulk_published_listing_is_the_same_as_one_published_through_wagtail(
    directory_page, vocabulary
):
    editor = UserFactory(is_superuser=True)
    published = through_wagtail(directory_page, listing(vocabulary, slug="one"), user=editor)

    [bulk] = publish_services(
        parent=directory_page, services=[listing(vocabulary, slug="two")], user=editor
    )
    bulk = ServicePage.objects.get(pk=bulk.pk)

    assert fields(bulk) == fields(published)
    assert bulk.url_path == f"{directory_page.url_path}two/"
    assert bulk.get_parent().pk == directory_page.pk
    assert bulk.live and bulk.first_published_at and bulk.last_published_at
    assert bulk.latest_revision_id == bulk.live_revision_id
    assert bulk.review_due == published.review_due
    assert Page.objects.get(pk=directory_page.pk).numchild == 2
    assert not any(Page.find_problems()), "the page tree is consistent"

    assert Revision.objects.filter(object_id=str(bulk.pk)).count() == 1
    assert bulk.live_revision.user == editor
    assert revision_content(bulk) == revision_content(published)
    assert [entry[:3] for entry in history(bulk)] == [entry[:3] for entry in history(published)]
    assert history(bulk)[-1][3:] == (bulk.live_revision_id, True)
    assert references(bulk) == references(published) != set()
    for relation in ("needs", "categories", "support_levels", "areas", "times"):
        assert list(getattr(bulk, relation).all()) == list(getattr(published, relation).all())

    client = Client()
    assert page_html(client, bulk) == page_html(client, published)
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/services/one/</loc>" in sitemap
    assert "/services/two/</loc>" in sitemap

    # The directory's search and every facet find both alike; so does Wagtail's own search.
    found = search_services(ServiceQuery(text="speech sessions"), record=False)
    assert {hit.page.pk for hit in found.hits} == {bulk.pk, published.pk}
    for facet, options in found.facets.items():
        for option in options:
            hits = search_services(ServiceQuery(filters={facet: (option.value,)}), record=False)
            pks = {hit.page.pk for hit in hits.hits}
            assert (bulk.pk in pks) == (published.pk in pks), (facet, option.value)
            assert option.count in (0, 2), (facet, option.value)
    assert wagtail_search("speech") == {bulk.pk, published.pk}
    assert index_entry(bulk) == index_entry(published)


def test_listings_go_after_the_existing_ones_with_slugs_of_their_own(directory_page, vocabulary):
    ServicePageFactory(parent=directory_page, title="First", slug="speech-therapy-for-children")
    services = publish_services(
        parent=directory_page,
        services=[listing(vocabulary, slug=""), listing(vocabulary, slug="")],
    )

    assert [service.slug for service in services] == [
        "speech-therapy-for-children-2",
        "speech-therapy-for-children-3",
    ]
    assert [page.title for page in directory_page.get_children()] == [
        "First",
        "Speech therapy for children",
        "Speech therapy for children",
    ]
    assert not any(Page.find_problems())


def test_drafts_are_saved_as_wagtail_saves_a_new_page_as_a_draft(directory_page, vocabulary):
    draft = listing(vocabulary, slug="one")
    draft.live = False
    directory_page.add_child(instance=draft)
    draft.save_revision()
    draft = ServicePage.objects.get(pk=draft.pk)

    [bulk] = publish_services(
        parent=directory_page, services=[listing(vocabulary, slug="two")], live=False
    )
    bulk = ServicePage.objects.get(pk=bulk.pk)

    assert fields(bulk) == fields(draft)
    assert bulk.live_revision is None and bulk.first_published_at is None
    assert [entry[0] for entry in history(bulk)] == [entry[0] for entry in history(draft)]
    assert Client().get(f"{directory_page.url}two/").status_code == HTTPStatus.NOT_FOUND
    assert search_services(ServiceQuery(text="speech"), record=False).total == 0
    assert wagtail_search("speech") == {bulk.pk, draft.pk}, "the admin's search finds drafts"
    assert index_entry(bulk) == index_entry(draft)


def test_nothing_is_written_when_a_listing_is_invalid(directory_page, vocabulary):
    too_old = listing(vocabulary, slug="too-old")
    too_old.min_age, too_old.max_age = 20, 30
    # Values are checked once for a batch: the same bad value is still refused each time.
    also_too_old = listing(vocabulary, slug="also-too-old")
    also_too_old.min_age, also_too_old.max_age = 20, 30
    taken = listing(vocabulary, slug="taken")
    ServicePageFactory(parent=directory_page, slug="taken")

    with pytest.raises(InvalidListings) as raised:
        publish_services(
            parent=directory_page,
            services=[listing(vocabulary, slug="fine"), too_old, taken, also_too_old],
        )

    assert set(raised.value.problems) == {1, 2, 3}
    assert "max_age" in raised.value.problems[1].message_dict
    assert "slug" in raised.value.problems[2].message_dict
    assert "max_age" in raised.value.problems[3].message_dict
    assert isinstance(raised.value, ValidationError)
    assert list(ServicePage.objects.values_list("slug", flat=True)) == ["taken"]


def changed(service: ServicePage, vocabulary: dict) -> ServicePage:
    """The listing's latest revision, changed as a second import of its source changes it:
    fields, a relation, a venue kept and one added, the contacts gone."""
    page = ServicePage.objects.get(pk=service.pk).get_latest_revision_as_object()
    page.title = "Speech and language therapy"
    page.summary = "Help for children who find talking or listening hard."
    page.max_age = 14
    page.needs = [*vocabulary["needs"], NeedTypeFactory(code="ASD", name="Autism")]
    [venue] = page.locations.all()
    venue.postcode = "NB1 1AB"
    page.locations = [
        venue,
        ServiceLocation(name="Southby Library", address="2 Low Road", postcode="NB2 2BB"),
    ]
    page.contacts = []
    return page


def children(service: ServicePage) -> dict:
    return {
        relation: [
            {
                key: value
                for key, value in vars(child).items()
                if key not in {"_state", "id", "service_id", "oruk_id"}
            }
            for child in getattr(service, relation).all()
        ]
        for relation in ("locations", "contacts", "schedules")
    }


def test_a_bulk_updated_listing_is_the_same_as_one_updated_through_wagtail(
    directory_page, vocabulary
):
    editor = UserFactory(is_superuser=True)
    one = through_wagtail(directory_page, listing(vocabulary, slug="one"), user=editor)
    [two] = publish_services(
        parent=directory_page, services=[listing(vocabulary, slug="two")], user=editor
    )
    venue = two.locations.get().pk
    edit = changed(one, vocabulary)
    edit.save_revision(user=editor).publish(user=editor)
    published = ServicePage.objects.get(pk=one.pk)

    [bulk] = update_services(services=[changed(two, vocabulary)], user=editor)
    bulk = ServicePage.objects.get(pk=bulk.pk)

    assert bulk.title == "Speech and language therapy"
    assert fields(bulk) == fields(published)
    assert bulk.live_revision_id == bulk.latest_revision_id != two.latest_revision_id
    assert Revision.objects.filter(object_id=str(bulk.pk)).count() == 2
    assert revision_content(bulk) == revision_content(published)
    assert bulk.live_revision.content["latest_revision"] == two.latest_revision_id
    assert [entry[:3] for entry in history(bulk)] == [entry[:3] for entry in history(published)]
    assert [entry[0] for entry in history(bulk)][-2:] == ["wagtail.rename", "wagtail.publish"]
    assert references(bulk) == references(published)
    assert children(bulk) == children(published)
    assert bulk.locations.first().pk == venue, "a venue kept keeps its id"
    assert {need.code for need in bulk.needs.all()} == {"SLCN", "ASD"}
    assert not any(Page.find_problems())

    client = Client()
    assert page_html(client, bulk) == page_html(client, published)
    found = search_services(ServiceQuery(text="listening"), record=False)
    assert {hit.page.pk for hit in found.hits} == {bulk.pk, published.pk}
    autism = search_services(ServiceQuery(filters={"need": ("ASD",)}), record=False)
    assert {hit.page.pk for hit in autism.hits} == {bulk.pk, published.pk}
    assert index_entry(bulk) == index_entry(published)


def test_a_bulk_updated_draft_leaves_the_live_listing_as_wagtail_does(directory_page, vocabulary):
    one = through_wagtail(directory_page, listing(vocabulary, slug="one"))
    [two] = publish_services(parent=directory_page, services=[listing(vocabulary, slug="two")])
    changed(one, vocabulary).save_revision()
    drafted = ServicePage.objects.get(pk=one.pk)

    [bulk] = update_services(services=[changed(two, vocabulary)], live=False)
    bulk = ServicePage.objects.get(pk=bulk.pk)

    assert fields(bulk) == fields(drafted)
    assert bulk.title == "Speech therapy for children" and bulk.has_unpublished_changes
    assert bulk.draft_title == "Speech and language therapy"
    assert bulk.latest_revision_id != bulk.live_revision_id == two.live_revision_id
    assert bulk.get_latest_revision_as_object().max_age == 14
    assert [entry[0] for entry in history(bulk)] == [entry[0] for entry in history(drafted)]
    assert search_services(ServiceQuery(text="listening"), record=False).total == 0


def test_listings_in_a_workflow_are_left_to_wagtail(directory_page, vocabulary):
    [service] = publish_services(parent=directory_page, services=[listing(vocabulary, slug="one")])
    service.get_workflow().start(service, UserFactory())

    with pytest.raises(ValueError, match="through Wagtail"):
        update_services(services=[changed(service, vocabulary)])
