"""Finding one's way as a family does: by following links, not typing addresses."""

import re

from playwright.sync_api import Page, expect

from e2e.axe import assert_no_axe_violations


def test_a_parent_reaches_the_ehc_assessment_guide_and_then_sendiass_in_a_few_clicks(
    page: Page, demo_site, screenshot
):
    page.goto("/")
    clicks = 0

    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Advice and guidance"
    ).click()
    clicks += 1
    expect(page.get_by_role("heading", level=1)).to_have_text("Advice and guidance")
    page.get_by_role("link", name="Education", exact=True).click()
    clicks += 1
    page.get_by_role("link", name="EHC needs assessments and plans").click()
    clicks += 1
    expect(page.get_by_role("heading", level=1)).to_have_text("EHC needs assessments and plans")
    assert clicks <= 3
    breadcrumbs = page.get_by_role("navigation", name="Breadcrumb")
    expect(breadcrumbs.get_by_role("link")).to_have_text(
        ["Home", "Advice and guidance", "Education"]
    )
    screenshot("1-ehc-guide")
    assert_no_axe_violations(page)

    page.get_by_role("main").get_by_role(
        "link", name="SEND Information, Advice and Support Service"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("SENDIASS"))
    screenshot("2-sendiass-listing")

    # The home page's "Most needed" list goes there in one click.
    page.goto("/")
    page.get_by_role("link", name="Ask for an EHC needs assessment").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("EHC needs assessments and plans")


def test_news_and_events_are_one_click_from_every_page_and_events_filter_without_javascript(
    browser, demo_site, screenshot
):
    context = browser.new_context(java_script_enabled=False, base_url=demo_site.url)
    page = context.new_page()
    page.goto("/advice/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="News and events").click()
    expect(page.get_by_role("heading", level=2, name="Coming up")).to_be_visible()
    page.get_by_role("link", name=re.compile("See all events")).click()

    page.get_by_label("Topic").select_option(label="Leisure and activities")
    page.get_by_label("Age of the child or young person").fill("3")
    page.get_by_role("button", name="Apply filters").click()

    expect(page).to_have_url(re.compile(r"topic=leisure.*age=3"))
    expect(page.get_by_role("heading", level=2, name="1 event coming up")).to_be_visible()
    expect(page.get_by_role("link", name="Stay and play for under-fives with SEND")).to_be_visible()
    screenshot("events-filtered-without-javascript")
    context.close()
