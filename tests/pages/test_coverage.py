"""The statutory coverage check: the requirements, the figures and the admin report."""

import json
from http import HTTPStatus

import pytest

from django.core.exceptions import ValidationError

from pages.coverage import COVERED, MISSING, PARTLY, local_offer_coverage, requirements_sync
from pages.models import (
    CoveragePage,
    Extent,
    InformationPage,
    LocalOfferRequirement,
    RequirementLink,
)
from pages.requirements import REQUIREMENTS
from tests.factories import make_site

REPORT = "/admin/reports/local-offer-coverage/"


@pytest.fixture
def home(db):
    return make_site()[0]


def page(home, slug: str, *, live: bool = True) -> InformationPage:
    return home.add_child(
        instance=InformationPage(title=slug.title(), slug=slug, body=json.dumps([]), live=live)
    )


@pytest.fixture
def hand_made(home):
    """Four requirements: one met, one partly met, one met only by an unpublished page and
    one met by a part of the site that is not a page."""
    LocalOfferRequirement.objects.all().delete()
    met, partly, unpublished, by_address = (
        LocalOfferRequirement.objects.create(code=code, title=code, source="Test", sort_order=n)
        for n, code in enumerate(["met", "partly", "unpublished", "by-address"])
    )
    guide = page(home, "guide")
    RequirementLink.objects.create(requirement=met, page=guide)
    RequirementLink.objects.create(requirement=met, page=page(home, "also"), extent=Extent.PART)
    RequirementLink.objects.create(requirement=partly, page=guide, extent=Extent.PART)
    RequirementLink.objects.create(requirement=unpublished, page=page(home, "draft", live=False))
    RequirementLink.objects.create(requirement=by_address, address="/you-said-we-did/")


def test_every_requirement_is_there_once_migrated_and_a_sync_keeps_editors_links(home):
    assert list(LocalOfferRequirement.objects.values_list("code", flat=True)) == [
        code for code, _, _ in REQUIREMENTS
    ]
    assert len(REQUIREMENTS) >= 15
    first = LocalOfferRequirement.objects.first()
    first.title = "Changed"
    first.save()
    RequirementLink.objects.create(requirement=first, page=page(home, "guide"))

    requirements_sync()
    requirements_sync()

    first.refresh_from_db()
    assert first.title == REQUIREMENTS[0][1]
    assert first.links.count() == 1
    assert LocalOfferRequirement.objects.count() == len(REQUIREMENTS)


def test_coverage_counts_published_pages_only_and_partly_counts_half(hand_made):
    coverage = local_offer_coverage()

    assert [(row.title, row.status) for row in coverage.rows] == [
        ("met", COVERED),
        ("partly", PARTLY),
        ("unpublished", MISSING),
        ("by-address", COVERED),
    ]
    assert coverage.rows[0].page_titles == "Guide; Also"
    assert coverage.rows[2].pages == []
    assert coverage.percent == round(100 * 2.5 / 4)


def test_a_link_is_a_page_or_an_address_on_this_site(home):
    requirement = LocalOfferRequirement.objects.first()
    for kwargs in ({}, {"page": page(home, "guide"), "address": "/x/"}, {"address": "//evil/"}):
        with pytest.raises(ValidationError):
            RequirementLink(requirement=requirement, **kwargs).full_clean()


def test_editors_see_the_report_with_the_percentage_and_download_it(
    client, hand_made, django_user_model
):
    client.force_login(django_user_model.objects.create_superuser("editor", password="x"))

    response = client.get(REPORT)

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "62% of the Local Offer" in html
    assert "2 covered, 1 partly covered (counted as half) and 1 missing, of 4" in html
    assert 'href="/guide/">Guide</a>' in html

    csv = client.get(f"{REPORT}?export=csv")
    assert csv.status_code == HTTPStatus.OK
    lines = b"".join(csv.streaming_content).decode().splitlines()
    assert lines[0] == "Requirement,Source,Status,Pages,Addresses"
    assert lines[1].startswith("met,Test,Covered,Guide; Also,")

    xlsx = client.get(f"{REPORT}?export=xlsx")
    assert xlsx.status_code == HTTPStatus.OK
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_the_report_is_for_signed_in_staff_only(client, hand_made):
    response = client.get(REPORT)

    assert response.status_code == HTTPStatus.FOUND
    assert "/admin/login/" in response["Location"]


def test_requirements_can_be_linked_but_not_added_or_deleted_in_the_admin(
    client, home, django_user_model
):
    client.force_login(django_user_model.objects.create_superuser("editor", password="x"))
    requirement = LocalOfferRequirement.objects.first()
    base = "/admin/snippets/pages/localofferrequirement/"

    assert client.get(base).status_code == HTTPStatus.OK
    assert client.get(f"{base}edit/{requirement.pk}/").status_code == HTTPStatus.OK
    assert client.get(f"{base}add/").status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert client.get(f"{base}delete/{requirement.pk}/").status_code in (
        HTTPStatus.FOUND,
        HTTPStatus.FORBIDDEN,
    )
    assert LocalOfferRequirement.objects.filter(pk=requirement.pk).exists()


def test_about_this_local_offer_shows_each_requirement_with_its_pages(client, home, hand_made):
    RequirementLink.objects.filter(address="/you-said-we-did/").update(
        address_text="You said, we did"
    )
    home.add_child(instance=CoveragePage(title="About this Local Offer", slug="about"))

    response = client.get("/about/")

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "62% of the requirements are met." in html
    assert '<a class="govuk-link" href="/guide/">Guide</a>' in html
    assert '<a class="govuk-link" href="/you-said-we-did/">You said, we did</a>' in html
    assert "govuk-tag--red" in html and "Not on this website yet." in html
    assert "/draft/" not in html
