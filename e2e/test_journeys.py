"""Real people's tasks, from the first page to the answer, checked with axe on every page."""

import re

from playwright.sync_api import Page, expect

from directory.models import DirectoryIndexPage
from e2e.axe import assert_no_axe_violations

RESULTS_HEADING = re.compile(r"^([\d,]+) services?$")
COUNT_IN_LABEL = re.compile(r"\((\d+)\)$")


def open_facet(page: Page, name: str):
    """The facet's checkboxes, unfolding its group first where it is folded."""
    group = page.get_by_role("group", name=name)
    if not group.is_visible():
        page.locator("summary").filter(has_text=re.compile(rf"^\s*{name}\b")).click()
    return group


def results_count(page: Page) -> int:
    heading = page.get_by_role("heading", level=2, name=RESULTS_HEADING)
    expect(heading).to_be_visible()
    return int(RESULTS_HEADING.match(heading.inner_text()).group(1).replace(",", ""))


def test_a_parent_finds_speech_and_language_support_for_a_six_year_old_and_prints_it(
    page: Page, demo_site, screenshot
):
    page.goto("/services/")
    assert_no_axe_violations(page)

    slcn = open_facet(page, "Need").get_by_role(
        "checkbox", name=re.compile(r"^Speech, language and communication")
    )
    expected = int(COUNT_IN_LABEL.search(slcn.locator("xpath=..").inner_text()).group(1))
    slcn.check()
    page.get_by_label("Age of the child or young person").fill("6")
    page.get_by_role("button", name="Apply filters").click()

    found = results_count(page)
    assert 0 < found <= expected
    expect(page.get_by_role("link", name=re.compile("Remove.*Speech, language"))).to_be_visible()
    screenshot("1-filtered")
    assert_no_axe_violations(page)

    first = page.locator("main h3 a").first
    title = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_text(re.compile(r"Ages? \d+ to \d+|\d+ to \d+ years")).first).to_be_visible()
    assert_no_axe_violations(page)

    # Clicking would open the browser's print job, which blocks printing to PDF below.
    expect(page.get_by_role("button", name="Print this page")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    for hidden_when_printed in ("header.govuk-header", "footer.govuk-footer", ".app-print"):
        expect(page.locator(hidden_when_printed).first).to_be_hidden()
    screenshot("2-printed")
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


def test_a_young_person_searches_college_and_narrows_to_preparing_for_adulthood(
    page: Page, demo_site, screenshot
):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/")
    # The home page's own box searches the directory; the header's searches the whole site.
    search = page.get_by_role("searchbox", name="What are you looking for?")
    search.fill("college")
    search.press("Enter")
    everything = results_count(page)
    assert everything > 0
    assert_no_axe_violations(page)

    option = open_facet(page, "Type of support").get_by_role(
        "checkbox", name=re.compile(r"^Preparing for adulthood")
    )
    expected = int(COUNT_IN_LABEL.search(option.locator("xpath=..").inner_text()).group(1))
    option.check()
    page.get_by_role("button", name="Apply filters").click()

    narrowed = results_count(page)
    assert narrowed == expected and 0 < narrowed < everything
    expect(page).to_have_url(re.compile(r"q=college.*category=preparing-for-adulthood"))
    screenshot("1-narrowed-on-a-phone")
    assert_no_axe_violations(page)


def test_an_editor_publishes_a_new_service_and_finds_it_through_the_public_search(
    page: Page, demo_site, screenshot
):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("demo-editor")
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"/admin/pages/add/directory/servicepage/{DirectoryIndexPage.objects.get().pk}/")
    page.get_by_role("textbox", name="Title*").fill("Wheelchair basketball for juniors")
    page.get_by_role("combobox", name="Organisation*").select_option(
        label="Fellside Riding for the Disabled Group"
    )
    page.get_by_role("textbox", name="Summary*").fill(
        "Weekly wheelchair basketball for children aged 8 to 16."
    )
    page.locator(".Draftail-Editor [contenteditable=true]").first.fill(
        "Coaching every Saturday at Northby Leisure Centre; chairs are provided."
    )
    # The editor writes its content into the form field as it changes; wait for it.
    expect(page.locator("input[name=description]")).to_have_value(re.compile("Coaching"))
    screenshot("1-editing")
    # Nothing reaches families unreviewed: the editor submits the listing to the Local Offer
    # team's review, which editors carry out, and approving it publishes it.
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Listing review").click()
    expect(page.locator(".messages")).to_contain_text("submitted for moderation")
    page.get_by_role("link", name="Edit", exact=True).click()
    approve = page.get_by_role("button", name="Approve", exact=True)
    if not approve.is_visible():
        page.get_by_role("button", name="More actions").click()
    approve.click()
    expect(page.locator(".messages")).to_contain_text("has been updated")

    page.goto("/services/?q=wheelchair+basketball")
    expect(page.get_by_role("link", name="Wheelchair basketball for juniors")).to_be_visible()
    screenshot("2-found")


FOCUS_STOP = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    // GOV.UK checkboxes and radios hide the input and draw its focus on the label's box.
    const label = element.matches(".govuk-checkboxes__input, .govuk-radios__input")
        ? element.labels[0] : null;
    const style = label ? getComputedStyle(label, "::before") : getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
        tag: element.tagName.toLowerCase(),
        text: (element.innerText || element.value || element.getAttribute("aria-label") || "")
            .trim().slice(0, 60),
        visible: box.width > 0 && box.height > 0,
        // GOV.UK Frontend draws focus as a yellow background, an outline or a box shadow.
        indicated: style.outlineStyle !== "none" && style.outlineWidth !== "0px"
            || style.boxShadow !== "none"
            || style.backgroundColor === "rgb(255, 221, 0)",
        order: [...document.querySelectorAll("*")].indexOf(element),
    };
}"""


def tab_through(page: Page, limit: int = 400) -> list[dict]:
    """Every focus stop from the top of the page, in order, until focus leaves the page."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUS_STOP)
        if stop is None:
            return stops
        stops.append(stop)
    raise AssertionError(f"focus never left the page after {limit} tabs: a keyboard trap")


def tab_to(page: Page, selector: str, limit: int = 200) -> dict:
    """Press Tab until the focused element matches `selector`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return page.evaluate(FOCUS_STOP)
    raise AssertionError(f"could not reach {selector} with the Tab key")


def test_search_with_the_keyboard_alone(page: Page, demo_site):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.evaluate(FOCUS_STOP)
    assert skip["text"] == "Skip to main content" and skip["visible"] and skip["indicated"]
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#main-content$"))

    tab_to(page, "main input[type=search]")
    page.keyboard.type("speech therapy")
    page.keyboard.press("Enter")
    assert results_count(page) > 0

    stops = tab_through(page)
    assert stops[0]["text"] == "Skip to main content"
    unseen = [stop for stop in stops if not (stop["visible"] and stop["indicated"])]
    assert not unseen, f"focus cannot be seen on: {unseen}"
    assert [stop["order"] for stop in stops] == sorted(stop["order"] for stop in stops)

    page.reload()
    result = tab_to(page, "main h3 a")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(result["text"])


def test_search_filters_and_pages_work_without_javascript(browser, demo_site, screenshot):
    context = browser.new_context(java_script_enabled=False, base_url=demo_site.url)
    page = context.new_page()

    page.goto("/")
    # The home page's own box searches the directory; the header's searches the whole site.
    search = page.get_by_role("searchbox", name="What are you looking for?")
    search.fill("support")
    search.press("Enter")
    everything = results_count(page)
    assert everything > 20

    open_facet(page, "Cost").get_by_role("checkbox", name=re.compile("^Free")).check()
    open_facet(page, "Need").get_by_role("checkbox", name=re.compile("^Autism")).check()
    page.get_by_role("button", name="Apply filters").click()
    filtered = results_count(page)
    assert 0 < filtered < everything
    expect(page).to_have_url(re.compile(r"cost=free"))
    screenshot("1-filtered")

    if filtered > 20:
        page.get_by_role("link", name=re.compile("^Next")).click()
        expect(page).to_have_url(re.compile(r"page=2"))
        assert results_count(page) == filtered
    page.get_by_role("link", name=re.compile("Remove.*Free")).click()
    assert results_count(page) >= filtered
    context.close()


def test_a_moderator_answers_feedback_in_you_said_we_did_which_then_appears_publicly(
    page: Page, demo_site, screenshot
):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("moderator")
    page.get_by_label("Password").fill("demo-moderator")
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto("/admin/snippets/feedback/feedback/")
    first_row = page.locator("table.listing tbody tr").first
    first_row.get_by_role("button", name=re.compile("More options")).click()
    first_row.get_by_role("link", name="Answer in You said, we did").click()
    expect(page.locator("[name=feedback_links-TOTAL_FORMS]")).to_have_value("1")

    page.get_by_role("textbox", name="You said*").fill(
        "Families told us the short breaks pages did not say which clubs run in school holidays."
    )
    page.get_by_role("textbox", name="We did*").fill(
        "Every short breaks listing now says whether it runs in the holidays."
    )
    page.get_by_role("combobox", name="Status*").select_option("done")
    screenshot("1-entry")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=re.compile("^Submit to")).click()
    expect(page.locator(".messages")).to_contain_text("submitted")
    edit_url = page.locator(".messages").get_by_role("link", name="Edit").get_attribute("href")

    page.goto("/you-said-we-did/")
    expect(page.get_by_text("which clubs run in school holidays")).to_have_count(0)

    # Whoever wrote the entry cannot approve it, nor publish it around the approval.
    page.goto(edit_url)
    page.get_by_role("button", name="More actions").click()
    expect(page.get_by_role("button", name=re.compile("^Approve"))).to_have_count(0)
    expect(page.get_by_role("button", name="Publish", exact=True)).to_have_count(0)

    # A second member of the steering group approves it.
    page.context.clear_cookies()
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("chair")
    page.get_by_label("Password").fill("demo-chair")
    page.get_by_role("button", name="Sign in").click()
    page.goto(edit_url)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve and Publish", exact=True).click()

    page.goto("/you-said-we-did/")
    expect(page.get_by_text(re.compile("which clubs run in school holidays"))).to_be_visible()
    screenshot("2-public")
    assert_no_axe_violations(page)
