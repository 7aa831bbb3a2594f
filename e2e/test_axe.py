"""The accessibility check itself: were it to find nothing, every browser test's
`assert_no_axe_violations` would pass whatever the page."""

from playwright.sync_api import Browser

from e2e.axe import axe_violations, describe_violations


def test_the_check_finds_and_locates_each_violation(browser: Browser):
    # A page of its own, not the `page` fixture: that one comes with the live server, whose
    # emptying of the database afterwards this test has no need of.
    with browser.new_context() as context:
        page = context.new_page()
        page.set_content(
            '<html lang="en"><head><title>Check</title></head><body><main><h1>Check</h1>'
            '<img src="/photo.png" id="no-alt"><input id="no-label"></main></body></html>'
        )
        violations = {violation["id"]: violation for violation in axe_violations(page)}

    assert {"image-alt", "label"} <= set(violations)
    assert [node["target"] for node in violations["image-alt"]["nodes"]] == [["#no-alt"]]
    assert "#no-label" in describe_violations(list(violations.values()))
