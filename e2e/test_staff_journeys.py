"""Three staff journeys, each signed in through the real login page: a provider's listing
goes back with the reviewer's comment, which the provider reads on the edit form and answers
by submitting again; a You said, we did entry written by one moderator is approved by a second
member of the steering group, never by its writer; a volunteer's visit is recorded once
however often the thank-you page is reloaded."""

import re

from playwright.sync_api import Page, expect

from wagtail.models import WorkflowState

from directory.models import ServicePage
from e2e.axe import assert_no_axe_violations
from e2e.test_coproduction import assert_no_serious_axe_violations, sign_in
from monitoring.models import MysteryShopCampaign, Visit
from you_said_we_did.models import Entry

COMMENT = "Please add the Saturday opening times and say whether siblings can come."


def submit(page: Page) -> None:
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=re.compile(r"^(Re)?[Ss]ubmit to ")).first.click()


def test_the_provider_reads_the_reviewers_comment_and_submits_again(
    page: Page, demo_site, screenshot
):
    listing = ServicePage.objects.filter(organisation__slug="brightside-short-breaks").order_by(
        "title"
    )[4]

    sign_in(page, "provider", "demo-provider")
    page.goto(f"/admin/pages/{listing.pk}/edit/")
    page.fill("#id_summary", "Short breaks on Saturdays for children aged 8 to 16.")
    submit(page)
    expect(page.get_by_text(re.compile(r"submitted for moderation")).first).to_be_visible()

    sign_in(page, "editor", "demo-editor")
    page.goto(f"/admin/listings/{listing.pk}/review/")
    expect(page.get_by_role("heading", name="What changed")).to_be_visible()
    page.fill("#review-comment", COMMENT)
    page.get_by_role("button", name="Ask for changes").click()
    expect(page.locator(".messages")).to_contain_text("sent back with your comment")
    screenshot("1-reviewer-asked-for-changes")

    sign_in(page, "provider", "demo-provider")
    page.goto(f"/admin/pages/{listing.pk}/edit/")
    # The comment is on the page as it opens: no dialog, no history to dig through.
    banner = page.locator(".messages")
    expect(banner).to_contain_text("Changes asked for by")
    expect(banner).to_contain_text(COMMENT)
    screenshot("2-provider-reads-the-comment")
    assert_no_serious_axe_violations(page)
    page.fill("#id_summary", "Short breaks on Saturdays, 10am to 3pm; siblings welcome.")
    submit(page)
    expect(page.get_by_text(re.compile(r"(re)?submitted", re.I)).first).to_be_visible()

    state = WorkflowState.objects.for_instance(listing).get(status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.current_task_state.status == "in_progress"


def test_a_second_member_approves_the_entry_its_writer_could_not(page: Page, demo_site, screenshot):
    said = "Families said the short breaks page did not say who can use it."
    sign_in(page, "moderator", "demo-moderator")
    page.goto("/admin/snippets/you_said_we_did/entry/add/")
    page.fill("#id_you_said", said)
    page.fill("#id_we_did", "We added who can use each short break to every listing.")
    page.fill("#id_date", "2026-05-01")
    submit(page)
    expect(page.locator(".messages")).to_contain_text("submitted")
    entry = Entry.objects.get(you_said=said)
    assert not entry.live

    page.goto(f"/admin/snippets/you_said_we_did/entry/edit/{entry.pk}/")
    page.get_by_role("button", name="More actions").click()
    expect(page.get_by_role("button", name=re.compile("^Approve"))).to_have_count(0)
    expect(page.get_by_role("button", name=re.compile("^Publish"))).to_have_count(0)
    screenshot("1-writer-cannot-approve")
    # Leaving the form while still signed in ends the writer's editing session; otherwise
    # Wagtail shows the chair an avatar button for it, which has no accessible name.
    page.goto("/admin/")

    sign_in(page, "chair", "demo-chair")
    page.goto(f"/admin/snippets/you_said_we_did/entry/edit/{entry.pk}/")
    assert_no_serious_axe_violations(page)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("updated")
    screenshot("2-chair-approved")
    entry.refresh_from_db()
    assert entry.live


def test_reloading_the_volunteers_thank_you_page_records_one_visit(page: Page, demo_site):
    campaign = MysteryShopCampaign.objects.get()
    before = Visit.objects.filter(campaign=campaign).count()
    page.goto(f"/mystery-shopping/{campaign.token}/")
    page.get_by_role("group", name="Which task did you try?").get_by_role("radio").first.check()
    page.get_by_role("radio", name="Parent carer forum volunteer").check()
    page.get_by_role("radio", name="Phone").check()
    page.get_by_role("radio", name="Found it").check()
    page.get_by_label("How many minutes did it take?").fill("6")
    page.get_by_role("radio", name="4", exact=True).check()
    page.get_by_role("group", name=re.compile("information right")).get_by_label("Yes").check()
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Visit recorded")
    assert_no_axe_violations(page)

    for _reload in range(2):
        page.reload()
        expect(page.get_by_role("heading", level=1)).to_have_text("Visit recorded")

    assert Visit.objects.filter(campaign=campaign).count() == before + 1
