import re

from playwright.sync_api import Page, expect

from e2e.axe import assert_no_axe_violations

RESULTS_HEADING = re.compile(r"^([\d,]+) services?$")


def test_a_parent_finds_speech_therapy_from_the_home_page(page: Page, demo_site, screenshot):
    requests, failed = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on("response", lambda response: response.ok or failed.append(response.url))

    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    screenshot("1-home")
    assert_no_axe_violations(page)

    search = page.get_by_label("What are you looking for?")
    search.fill("speech")
    search.press("Enter")
    expect(page).to_have_url(re.compile(r"/services/\?(.*&)?q=speech"))
    screenshot("2-search")
    assert_no_axe_violations(page)

    need = page.get_by_role("group", name="Need")
    if not need.is_visible():
        page.locator("summary").filter(has_text=re.compile(r"^\s*Need\b")).click()
    need.get_by_role("checkbox", name=re.compile(r"^Speech, language and communication")).check()
    page.get_by_label("Age of the child or young person").fill("6")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"[?&]age=6(&|$)"))
    results_heading = page.get_by_role("heading", level=2, name=RESULTS_HEADING)
    expect(results_heading).to_be_visible()
    count = RESULTS_HEADING.match(results_heading.inner_text()).group(1)
    assert int(count.replace(",", "")) >= 1
    screenshot("3-filtered")
    assert_no_axe_violations(page)

    result = page.get_by_role("heading", level=3).get_by_role("link", name="speech").first
    title = result.inner_text()
    result.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    screenshot("4-service")
    assert_no_axe_violations(page)

    stylesheet_rules = page.evaluate(
        "[...document.styleSheets].filter(s => s.href).map(s => s.cssRules.length)"
    )
    assert stylesheet_rules and min(stylesheet_rules) > 0, "the site's CSS did not load"
    assert [url for url in requests if not url.startswith(demo_site.url)] == []
    assert failed == []
