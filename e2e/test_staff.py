"""Staff journeys, one per role, each signed in through the real login page: the editor
confirms a listing in one click and publishes an information page, the parent carer forum
sees what changed and approves, the moderator triages three feedback items in one action."""

import re

from playwright.sync_api import Page, expect

from e2e.test_coproduction import assert_no_serious_axe_violations, sign_in
from feedback.models import Feedback
from pages.models import InformationPage


def test_the_editor_confirms_a_listing_in_one_click_and_publishes_a_page(
    page: Page, demo_site, screenshot
):
    sign_in(page, "editor", "demo-editor")
    page.goto("/admin/reports/listings-due/")
    assert_no_serious_axe_violations(page)
    first = page.locator("table.listing tbody tr").first
    title = first.locator("td").first.inner_text().strip().splitlines()[0]
    first.get_by_role("button", name=re.compile("^Still accurate")).click()
    expect(page.locator(".messages")).to_contain_text("confirmed still accurate")
    screenshot("1-confirmed")

    information = InformationPage.objects.live().first()
    page.goto(f"/admin/pages/{information.pk}/edit/")
    page.fill("#id_summary", "Checked by the Local Offer team this week.")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("published")
    information.refresh_from_db()
    assert information.summary == "Checked by the Local Offer team this week."
    assert not information.has_unpublished_changes
    assert title


def test_the_forum_sees_what_changed_and_approves(page: Page, demo_site, screenshot):
    sign_in(page, "forum", "demo-forum")
    assert_no_serious_axe_violations(page)
    page.get_by_role("link", name=re.compile("^Check “")).first.click()
    expect(page.get_by_role("heading", name="What changed")).to_be_visible()
    expect(page.locator("td.comparison .deletion, td.comparison .addition").first).to_be_visible()
    expect(page.get_by_role("link", name="Edit")).to_have_count(0)
    screenshot("1-forum-review")
    assert_no_serious_axe_violations(page)
    page.get_by_role("button", name="Approve", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("approved")
    expect(page.locator(".messages")).to_contain_text("waiting for your check")
    screenshot("2-forum-confirmed")


def test_the_moderator_triages_three_items_in_one_action(page: Page, demo_site, screenshot):
    sign_in(page, "moderator", "demo-moderator")
    page.goto("/admin/snippets/feedback/feedback/?view=unassigned")
    assert_no_serious_axe_violations(page)
    rows = page.locator("table.listing tbody tr")
    ids = []
    for index in range(3):
        checkbox = rows.nth(index).locator("input.bulk-action-checkbox")
        ids.append(int(checkbox.get_attribute("data-object-id")))
        checkbox.check()
    page.get_by_role("link", name=re.compile("Set the theme, status and assignee")).click()
    page.get_by_label("Theme").select_option(label="Short breaks")
    page.get_by_label("Assignee").select_option(label="Demo Chair")
    screenshot("1-triage-form")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".messages")).to_contain_text("3 feedback items updated")

    for item in Feedback.objects.filter(pk__in=ids):
        assert item.theme.name == "Short breaks"
        assert item.assignee.username == "chair"
        assert item.status != Feedback.Status.NEW
