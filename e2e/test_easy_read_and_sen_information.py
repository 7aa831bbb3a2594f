"""An easy read version and a school's SEN information, as a family finds them: linked from
the page they started on, readable and accessible on a desktop and a phone."""

from playwright.sync_api import Page, expect

from directory.models import ServicePage
from e2e.axe import assert_no_axe_violations

SIZES = ((1280, 900), (360, 740))


def check_sizes(page: Page, screenshot, step: str) -> None:
    for width, height in SIZES:
        page.set_viewport_size({"width": width, "height": height})
        screenshot(f"{step}-{width}")
        assert_no_axe_violations(page)


def test_a_young_person_opens_the_easy_read_version_and_goes_back(
    page: Page, demo_site, screenshot
):
    page.goto("/")
    page.get_by_role("link", name="Ask for an EHC needs assessment").click()

    page.get_by_role("link", name="Easy read version of EHC needs assessments and plans").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("EHC plans (easy read)")
    check_sizes(page, screenshot, "easy-read")
    page.get_by_role("main").get_by_role("link", name="EHC needs assessments and plans").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("EHC needs assessments and plans")


def test_a_parent_reads_a_schools_sen_information_under_its_questions(
    page: Page, demo_site, screenshot
):
    school = ServicePage.objects.live().filter(setting_type="school").order_by("title").first()
    page.goto(school.url)

    section = page.locator("#sen-information")
    expect(
        section.get_by_role("heading", level=2, name="Special educational needs (SEN) information")
    ).to_be_visible()
    expect(section.get_by_role("heading", level=3)).to_have_count(14)
    expect(
        section.get_by_role("heading", level=3, name="How does it involve parents and carers?")
    ).to_be_visible()
    section.scroll_into_view_if_needed()
    check_sizes(page, screenshot, "school-sen-information")
