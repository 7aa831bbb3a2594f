"""Co-produced listings in the browser: a provider changes a listing, an editor approves
it, families see the change; the public forms and the provider's admin pages are checked with
axe-core."""

import re

from playwright.sync_api import Page, expect

from directory.models import ServicePage
from e2e.axe import assert_no_axe_violations, axe_violations, describe_violations


def sign_in(page: Page, username: str, password: str) -> None:
    page.context.clear_cookies()
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def assert_no_serious_axe_violations(page: Page) -> None:
    """The admin is Wagtail's; our bar for it is nothing serious or critical."""
    violations = [v for v in axe_violations(page) if v["impact"] in ("serious", "critical")]
    assert not violations, describe_violations(violations)


def test_a_provider_change_reaches_families_after_the_team_approves(
    page: Page, demo_site, screenshot
):
    listing = ServicePage.objects.filter(organisation__slug="brightside-short-breaks").order_by(
        "title"
    )[3]
    new_summary = "Short breaks every Saturday, now with a quiet room for children who need it."

    sign_in(page, "provider", "demo-provider")
    screenshot("1-provider-dashboard")
    assert_no_serious_axe_violations(page)
    page.goto(f"/admin/pages/{listing.get_parent().pk}/")
    expect(page.get_by_role("link", name=listing.title, exact=True)).to_be_visible()
    screenshot("2-provider-listings")
    assert_no_serious_axe_violations(page)

    page.goto(f"/admin/pages/{listing.pk}/edit/")
    page.fill("#id_summary", new_summary)
    screenshot("3-provider-editing")
    assert_no_serious_axe_violations(page)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=re.compile(r"Submit to Listing review")).click()
    expect(page.get_by_text(re.compile(r"submitted for moderation")).first).to_be_visible()
    screenshot("4-provider-submitted")
    page.goto(f"/admin/pages/{listing.pk}/edit/")
    expect(page.get_by_role("button", name="Publish")).to_have_count(0)
    page.goto(listing.url)
    expect(page.get_by_text(new_summary)).to_have_count(0)

    sign_in(page, "editor", "demo-editor")
    page.goto(f"/admin/pages/{listing.pk}/edit/")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve", exact=True).click()
    expect(page.get_by_text(re.compile(r"has been updated")).first).to_be_visible()
    screenshot("5-editor-approved")

    page.context.clear_cookies()
    page.goto(listing.url)
    expect(page.get_by_text(new_summary)).to_be_visible()
    expect(page.get_by_text(re.compile(r"by the Local Offer team"))).to_be_visible()
    screenshot("6-public-page")
    assert_no_axe_violations(page)


def test_a_family_suggests_a_change_and_a_service(page: Page, demo_site, screenshot):
    listing = ServicePage.objects.live().order_by("path").first()

    page.goto(listing.url)
    page.get_by_role("link", name="Suggest a change to this service").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Suggest a change to this service")
    screenshot("1-form")
    assert_no_axe_violations(page)

    page.get_by_role("button", name="Send suggestion").click()
    expect(page.get_by_role("alert")).to_contain_text("Enter what is wrong or out of date")
    screenshot("2-errors")
    assert_no_axe_violations(page)

    page.get_by_label("What is wrong or out of date?").fill("The Tuesday group has stopped.")
    page.get_by_label("What should it say?").fill("Only the Thursday group runs now.")
    page.get_by_role("button", name="Send suggestion").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your suggestion")
    screenshot("3-sent")
    assert_no_axe_violations(page)
    assert page.context.cookies() == []

    page.goto("/services/")
    page.get_by_role("link", name="Add your service").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add your service")
    screenshot("4-add-your-service")
    assert_no_axe_violations(page)

    sign_in(page, "editor", "demo-editor")
    page.goto("/admin/change-requests/")
    page.get_by_role("link", name=f"Change to {listing.title}").click()
    expect(page.get_by_text("Only the Thursday group runs now.")).to_be_visible()
    screenshot("5-editor-sees-the-suggestion")
    assert_no_serious_axe_violations(page)
    page.get_by_role("button", name="Open a draft with this suggestion").click()
    expect(page).to_have_url(re.compile(rf"/admin/pages/{listing.pk}/edit/"))
    screenshot("6-editor-draft")
