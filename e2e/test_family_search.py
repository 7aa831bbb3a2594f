"""Families search in their own words: a sentence, a misspelling, an acronym in the header's
search box. Each reaches a right answer in a few clicks, with and without JavaScript, and
axe finds nothing on the result pages at desktop and phone widths."""

import re

import pytest
from playwright.sync_api import Page, expect

from e2e.axe import assert_no_axe_violations

PHONE = {"width": 360, "height": 740}


def check_accessibility_at_both_widths(page: Page) -> None:
    assert_no_axe_violations(page)
    page.set_viewport_size(PHONE)
    assert_no_axe_violations(page)
    page.set_viewport_size({"width": 1280, "height": 900})


def search_from_the_home_page(page: Page, words: str) -> None:
    page.goto("/")
    box = page.get_by_role("searchbox", name="What are you looking for?")
    box.fill(words)
    box.press("Enter")  # click 1


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_a_parent_types_a_sentence_and_opens_a_swimming_listing(
    browser, demo_site, javascript, request
):
    context = browser.new_context(java_script_enabled=javascript, base_url=demo_site.url)
    page = context.new_page()

    search_from_the_home_page(page, "swimming lessons for my autistic son")

    results = page.locator("ol.app-results h3 a")
    expect(results.first).to_be_visible()
    first_three = [title.lower() for title in results.all_inner_texts()[:3]]
    assert all("swim" in title for title in first_three), first_three
    if javascript:
        page.screenshot(path=f"e2e/screenshots/{request.node.name}-results.png", full_page=True)
        check_accessibility_at_both_widths(page)

    results.first.click()  # click 2
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("swimming", re.I))
    context.close()


def test_a_misspelt_search_shows_corrected_results_and_offers_the_words_as_typed(
    page: Page, demo_site, screenshot
):
    search_from_the_home_page(page, "autsim support group")

    expect(page.get_by_text("Showing results for")).to_contain_text("autism support group")
    expect(page.locator("ol.app-results h3 a").first).to_contain_text(re.compile("autis", re.I))
    screenshot("corrected")
    check_accessibility_at_both_widths(page)

    page.get_by_role("link", name="autsim support group").click()
    expect(page).to_have_url(re.compile(r"exact=on"))
    expect(page.get_by_text("Showing results for")).to_have_count(0)


def test_the_header_search_for_ehcp_reaches_the_ehc_guide(page: Page, demo_site, screenshot):
    page.goto("/")
    box = page.get_by_role("search", name="Site").get_by_role("searchbox")
    box.fill("EHCP")
    box.press("Enter")  # click 1

    expect(page.get_by_role("heading", level=1)).to_have_text("Search results")
    expect(page.get_by_role("link", name=re.compile(r"^See all \d+ services"))).to_be_visible()
    screenshot("site-search")
    check_accessibility_at_both_widths(page)

    page.get_by_role("link", name="EHC needs assessments and plans").first.click()  # click 2
    expect(page.get_by_role("heading", level=1)).to_have_text("EHC needs assessments and plans")
