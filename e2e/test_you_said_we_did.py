"""You said, we did in a real browser: a family reads and filters the public record, and the
steering group works through its inbox in the admin."""

import re

from playwright.sync_api import Page, expect

from e2e.axe import assert_no_axe_violations, axe_violations, describe_violations

ENTRY_HEADING = re.compile(r", \d{1,2} \w+ \d{4}$")


def test_a_family_reads_what_changed_because_of_feedback(page: Page, demo_site, screenshot):
    page.goto("/you-said-we-did/")
    expect(page.get_by_role("heading", level=1)).to_have_text("You said, we did")
    expect(page.get_by_role("heading", level=2, name="12 entries")).to_be_visible()
    headings = page.get_by_role("heading", level=3, name=ENTRY_HEADING)
    expect(headings).to_have_count(12)
    assert_no_axe_violations(page)
    screenshot("1-index")

    page.get_by_label("Theme").select_option(label="Missing services")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"[?&]theme=missing-services"))
    expect(page.get_by_role("heading", level=2, name="2 entries")).to_be_visible()
    expect(page.get_by_text("Planned").first).to_be_visible()
    assert_no_axe_violations(page)
    screenshot("2-filtered")

    title = page.get_by_role("heading", level=3, name=ENTRY_HEADING).first.inner_text()
    page.get_by_role("link", name=re.compile(r"^Link to this entry")).first.click()
    expect(page).to_have_url(re.compile(r"/you-said-we-did/\d+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    assert_no_axe_violations(page)
    screenshot("3-entry")

    response = page.request.get("/you-said-we-did/feed/")
    assert response.ok and "<feed" in response.text()


def test_the_steering_group_inbox_has_no_serious_accessibility_problems(
    page: Page, demo_site, screenshot
):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("moderator")
    page.get_by_label("Password").fill("demo-moderator")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Feedback", exact=True)).to_be_visible()

    for url in (
        "/admin/snippets/feedback/feedback/",
        "/admin/snippets/feedback/feedback/?status=new&urgent=true",
        "/admin/snippets/you_said_we_did/entry/",
    ):
        page.goto(url)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        # The admin is Wagtail's: its own minor findings are Wagtail's to fix; anything
        # serious or critical on these screens is ours.
        serious = [v for v in axe_violations(page) if v["impact"] in ("serious", "critical")]
        assert not serious, f"{url}:\n{describe_violations(serious)}"

    page.goto("/admin/snippets/feedback/feedback/")
    expect(page.get_by_role("alert").filter(has_text="urgent item")).to_be_visible()
    screenshot("1-inbox")
