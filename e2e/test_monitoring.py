"""Monitoring in a real browser: the steering group's dashboard, the public annual report
and the volunteers' mystery-shop form on a small phone."""

import re

from playwright.sync_api import Page, expect

from e2e.axe import assert_no_axe_violations, axe_violations, describe_violations
from monitoring.models import AnnualReportPage, MysteryShopCampaign, Visit

PHONE = {"width": 360, "height": 740}


def test_the_steering_group_reads_the_dashboard(page: Page, demo_site, screenshot):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("moderator")
    page.get_by_label("Password").fill("demo-moderator")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("link", name="Monitoring")).to_be_visible()

    page.get_by_role("link", name="Monitoring").click()
    expect(page.get_by_role("heading", level=1, name="Monitoring")).to_be_visible()
    expect(page.get_by_role("img", name="Page views by month")).to_be_visible()
    assert page.locator("svg[role=img] title").count() >= 4
    expect(page.get_by_role("table", name="Top searches")).to_be_visible()
    expect(page.get_by_role("table", name="Mystery shopping by quarter")).to_be_visible()
    # The admin scrolls inside its own frame: a tall window shows the whole dashboard.
    page.set_viewport_size({"width": 1280, "height": 6000})
    screenshot("dashboard")

    serious = [v for v in axe_violations(page) if v["impact"] in ("serious", "critical")]
    assert not serious, describe_violations(serious)

    with page.expect_download() as download:
        page.get_by_role("link", name="Download “Top searches” as CSV").click()
    assert download.value.suggested_filename.startswith("top-searches-")


def test_the_annual_report_reads_well_on_screen_and_paper(page: Page, demo_site, screenshot):
    report = AnnualReportPage.objects.live().get()
    page.goto(report.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(report.title)
    expect(page.get_by_role("table", name="Key figures")).to_be_visible()
    assert page.locator("svg[role=img]").count() == 3
    expect(page.get_by_role("button", name=re.compile("Print this report"))).to_be_visible()
    screenshot("report")
    assert_no_axe_violations(page)

    page.emulate_media(media="print")
    expect(page.get_by_role("button", name=re.compile("Print this report"))).to_be_hidden()
    screenshot("report-print")


def test_a_volunteer_records_a_visit_on_a_small_phone(page: Page, demo_site, screenshot):
    campaign = MysteryShopCampaign.objects.get()
    page.set_viewport_size(PHONE)
    page.goto(f"/mystery-shopping/{campaign.token}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Record a mystery shopping visit")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert_no_axe_violations(page)

    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("alert")).to_contain_text("There is a problem")
    assert_no_axe_violations(page)

    page.get_by_role("group", name="Which task did you try?").get_by_role("radio").first.check()
    page.get_by_role("radio", name="Parent carer forum volunteer").check()
    page.get_by_role("radio", name="Phone").check()
    page.get_by_role("radio", name="Found it").check()
    page.get_by_label("How many minutes did it take?").fill("4")
    page.get_by_role("radio", name="5 (very easy)").check()
    page.get_by_role("group", name=re.compile("information right")).get_by_label("Yes").check()
    screenshot("volunteer-form")
    page.get_by_role("button", name="Send").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Visit recorded")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert Visit.objects.filter(campaign=campaign, minutes_taken=4, ease=5).exists()
    assert not page.context.cookies()
