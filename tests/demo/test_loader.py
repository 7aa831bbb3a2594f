"""The demo Local Offer loader, and what it loads."""

from http import HTTPStatus

import pytest

from django.apps import apps
from django.contrib.auth import authenticate
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from wagtail.models import Page, PageViewRestriction, Site, WorkflowState
from wagtail.search.models import IndexEntry

from demo.loader import DEMO_USERS, load_demo_local_offer
from demo.services import service_specs
from directory.models import (
    Area,
    Category,
    ChangeRequest,
    CheckedBy,
    Cost,
    DeliveryMethod,
    Language,
    ListingReview,
    NeedType,
    ProviderMembership,
    ReferralRoute,
    ServicePage,
    SupportLevel,
)
from pages.models import HomePage, SiteSettings
from search.engine import search_services
from search.models import GlossaryTerm, Synonym
from search.query import ServiceQuery
from tests.demo_local_offer import DEMO_DAY

SLT = "northby-speech-and-language-therapy-for-children"


def _row_counts() -> dict[str, int]:
    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


@pytest.fixture
def services(demo_local_offer, db):
    return ServicePage.objects.live()


def test_the_listings_do_not_change_from_one_load_to_the_next():
    assert service_specs(today=DEMO_DAY) == service_specs(today=DEMO_DAY)


def test_loads_at_least_300_live_published_services_in_spec_order(services):
    assert services.count() >= 300
    assert list(services.order_by("path").values_list("slug", flat=True)) == [
        spec.slug for spec in service_specs(today=DEMO_DAY)
    ]
    assert not services.filter(live_revision__isnull=True).exists()
    # Only the co-produced listings waiting in the workflow have unpublished changes.
    waiting = WorkflowState.objects.filter(
        status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES]
    ).values_list("object_id", flat=True)
    drafts = services.filter(has_unpublished_changes=True).values_list("pk", flat=True)
    assert {str(pk) for pk in drafts} <= set(waiting)
    assert all(not problems for problems in Page.find_problems())


def test_every_facet_value_is_used_by_a_live_service(services):
    for model in (NeedType, Category, SupportLevel, Area, DeliveryMethod, ReferralRoute, Language):
        unused = model.objects.exclude(services__in=services)
        assert not unused.exists(), f"{model.__name__} unused: {list(unused)}"
    assert set(services.values_list("cost", flat=True)) == set(Cost.values)
    assert min(services.values_list("min_age", flat=True)) == 0
    assert max(services.values_list("max_age", flat=True)) == 25
    assert NeedType.objects.count() == 14
    assert list(SupportLevel.objects.values_list("slug", flat=True)) == [
        "mainstream",
        "sen-support",
        "partnership-arrangements",
        "enhanced-resources",
        "special-school",
        "independent-specialist",
    ]
    assert set(ReferralRoute.objects.values_list("slug", flat=True)) == {
        "self",
        "professional",
        "gp",
    }


def test_recognisable_services_are_there(services):
    slt = services.get(slug=SLT)
    assert list(slt.needs.values_list("code", flat=True)) == ["SLCN"]
    assert (slt.min_age, slt.max_age, slt.cost) == (0, 18, Cost.FREE)
    assert set(slt.referral_routes.values_list("slug", flat=True)) == {"self", "professional"}
    college = services.get(title="Northby College Foundation Learning")
    assert (college.min_age, college.max_age) == (16, 25)
    assert college.categories.filter(slug="preparing-for-adulthood").exists()
    for words in ("wheelchair", "autism", "SENDIASS", "short breaks", "swimming"):
        assert services.filter(title__icontains=words).exists(), words


def test_services_are_in_the_search_index(services):
    service_type = ContentType.objects.get_for_model(ServicePage)
    # Every listing, the demo's unpublished new one included (Wagtail indexes drafts too).
    assert IndexEntry.objects.filter(content_type=service_type).count() == (
        ServicePage.objects.count()
    )
    assert SLT in [page.slug for page in services.search("speech")]
    results = search_services(ServiceQuery(text="speech and language therapy"))
    assert SLT in [hit.page.slug for hit in results.hits]


def test_site_settings_glossary_and_accounts_are_set_up(demo_local_offer, db):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.demo_notice and settings.area_name == "Northby"
    assert settings.accessibility_page.slug == "accessibility-statement"
    assert settings.privacy_page and settings.contact_page and settings.glossary_page
    assert GlossaryTerm.objects.count() >= 40
    assert Synonym.objects.count() >= 10
    for username, password, _ in DEMO_USERS:
        user = authenticate(username=username, password=password)
        assert user is not None and user.has_perm("wagtailadmin.access_admin"), username


def test_the_public_site_is_served(demo_local_offer, db, client):
    for path in ("/", "/services/", f"/services/{SLT}/", "/accessibility-statement/"):
        assert client.get(path).status_code == HTTPStatus.OK, path


def test_the_public_listings_do_not_scan_every_page_for_view_restrictions(services):
    """Wagtail's `public()` joins the view restrictions to their pages. SQLite, told nothing
    about the empty restrictions table, would take it for the larger and scan the pages."""
    if connection.vendor != "sqlite":
        pytest.skip("a SQLite planner's choice")
    restrictions = PageViewRestriction.objects.select_related("page")
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {restrictions.query}")
        plan = [row[-1] for row in cursor.fetchall()]
    assert plan[0].startswith("SCAN wagtailcore_pageviewrestriction"), plan


def test_an_editor_can_change_and_republish_a_bulk_published_service(services):
    service = services.get(slug=SLT).get_latest_revision_as_object()
    service.summary = "Help for children who find talking or understanding hard."
    service.save_revision().publish()
    service = ServicePage.objects.get(slug=SLT)
    assert service.summary.startswith("Help for children")
    assert service.locations.count() == 1
    assert list(service.needs.values_list("code", flat=True)) == ["SLCN"]


def test_co_produced_listings_are_at_every_step_of_the_workflow(demo_local_offer, db):
    open_states = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
    waiting_at = {state.current_task_state.task.name for state in open_states}

    assert waiting_at == {"Local Offer team review", "Parent carer forum check"}
    assert WorkflowState.objects.filter(status=WorkflowState.STATUS_NEEDS_CHANGES).exists()
    assert WorkflowState.objects.filter(status=WorkflowState.STATUS_APPROVED).count() >= 2
    assert set(ListingReview.objects.values_list("checked_by", flat=True)) == set(CheckedBy)
    assert ChangeRequest.objects.filter(status=ChangeRequest.Status.OPEN).count() >= 3
    assert ChangeRequest.objects.filter(service__isnull=True).exists()
    assert ProviderMembership.objects.values("user").distinct().count() >= 3
    assert authenticate(username="provider-leisure", password="demo-provider")
    assert authenticate(username="forum", password="demo-forum")
    assert not ServicePage.objects.filter(review_due__isnull=True).exists()


def test_loading_again_changes_nothing(demo_local_offer, db):
    before = _row_counts()
    assert HomePage.objects.count() == 1
    assert not load_demo_local_offer(today=DEMO_DAY)
    assert _row_counts() == before
