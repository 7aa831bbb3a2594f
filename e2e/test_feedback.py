"""The "Is this page useful?" widget in a real browser: with JavaScript, by keyboard alone,
and without JavaScript."""

import re

from playwright.sync_api import Page, expect

from e2e.axe import assert_no_axe_violations
from feedback.models import Feedback

SLT = "/services/northby-speech-and-language-therapy-for-children/"


def widget(page: Page):
    return page.get_by_role("region", name="Is this page useful?")


def test_a_parent_says_a_page_did_not_help_and_hears_the_thanks(page: Page, demo_site, screenshot):
    before = Feedback.objects.count()
    page.goto(SLT)
    feedback = widget(page)
    feedback.scroll_into_view_if_needed()
    expect(feedback.get_by_role("button", name="Yes this page is useful")).to_be_visible()
    assert_no_axe_violations(page)
    screenshot("1-question")

    feedback.get_by_role("button", name="No this page is not useful").click()
    heading = feedback.get_by_role("heading", name="Help us improve this page")
    expect(heading).to_be_focused()
    trying = feedback.get_by_label("What were you trying to do?")
    trying.fill("Find out how long the wait is")
    expect(feedback.locator(".govuk-character-count__status").first).to_have_text(
        "You have 471 characters remaining"
    )
    feedback.get_by_label("What went wrong?").fill("No waiting time. Call me on 07700 900123.")
    assert_no_axe_violations(page)
    screenshot("2-form")

    feedback.get_by_role("button", name="Send").click()
    status = feedback.get_by_role("status")
    expect(status).to_contain_text("Thank you for your feedback.")
    expect(status).to_contain_text("call 999")
    assert status.get_attribute("aria-live") == "polite"
    expect(status).to_be_focused()
    expect(page).to_have_url(re.compile(re.escape(SLT) + "$"))
    assert_no_axe_violations(page)
    screenshot("3-thanks")

    stored = Feedback.objects.order_by("-pk").first()
    assert Feedback.objects.count() == before + 1
    assert (stored.path, stored.helpful) == (SLT, False)
    assert stored.what_went_wrong == "No waiting time. Call me on [phone number removed]."

    page.set_viewport_size({"width": 360, "height": 800})
    page.goto("/")
    widget(page).scroll_into_view_if_needed()
    screenshot("4-phone")
    assert_no_axe_violations(page)
    widget(page).get_by_role("button", name="Yes this page is useful").click()
    expect(widget(page).get_by_role("status")).to_contain_text("Thank you for your feedback.")
    assert Feedback.objects.order_by("-pk").first().helpful is True


def test_the_widget_works_from_the_keyboard_alone(page: Page, demo_site):
    page.goto("/glossary/")
    no = widget(page).get_by_role("button", name="No this page is not useful")
    for _ in range(400):
        page.keyboard.press("Tab")
        if no.evaluate("element => element === document.activeElement"):
            break
    expect(no).to_be_focused()

    page.keyboard.press("Enter")
    feedback = widget(page)
    expect(feedback.get_by_role("heading", name="Help us improve this page")).to_be_focused()
    page.keyboard.press("Tab")
    expect(feedback.get_by_label("What were you trying to do?")).to_be_focused()
    page.keyboard.type("Look up PfA")
    page.keyboard.press("Tab")
    expect(feedback.get_by_label("What went wrong?")).to_be_focused()
    page.keyboard.type("It is not in the glossary")
    page.keyboard.press("Tab")
    expect(feedback.get_by_role("button", name="Send")).to_be_focused()
    page.keyboard.press("Tab")
    expect(feedback.get_by_role("button", name="Cancel")).to_be_focused()

    # Cancel closes the form and puts the keyboard back where it was.
    page.keyboard.press("Enter")
    expect(no).to_be_focused()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(feedback.get_by_label("What were you trying to do?")).to_have_value("Look up PfA")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    expect(feedback.get_by_role("button", name="Send")).to_be_focused()
    page.keyboard.press("Enter")
    expect(feedback.get_by_role("status")).to_contain_text("Thank you for your feedback.")
    expect(feedback.get_by_role("status")).to_be_focused()
    assert Feedback.objects.order_by("-pk").first().what_went_wrong == "It is not in the glossary"


def test_without_javascript_no_leads_to_a_form_then_thanks_and_back(
    browser, page: Page, demo_site, screenshot
):
    context = browser.new_context(
        base_url=demo_site.url, java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    no_js = context.new_page()
    no_js.goto(SLT)
    widget(no_js).get_by_role("button", name="No this page is not useful").click()

    expect(no_js.get_by_role("heading", level=1)).to_have_text("Help us improve this page")
    assert Feedback.objects.order_by("-pk").first().helpful is False
    no_js.get_by_label("What went wrong?").fill("x" * 1250)
    expect(no_js.get_by_text("You can enter up to 1200 characters")).to_be_visible()
    no_js.get_by_role("button", name="Send").click()
    expect(no_js.get_by_role("heading", name="There is a problem")).to_be_visible()
    no_js.get_by_label("What went wrong?").fill("The map does not load.")
    no_js.get_by_role("button", name="Send").click()

    expect(no_js.get_by_role("heading", level=1)).to_have_text("Thank you for your feedback")
    assert Feedback.objects.order_by("-pk").first().what_went_wrong == "The map does not load."
    no_js.get_by_role("link", name="Go back to the page you were on").click()
    expect(no_js).to_have_url(re.compile(re.escape(SLT) + "$"))

    no_js.goto("/tell-us-what-you-think/")
    no_js.get_by_label("Something is missing from the Local Offer").check()
    no_js.get_by_label("Your feedback").fill("A Saturday club for autistic teenagers.")
    no_js.get_by_label("A child or young person").check()
    no_js.get_by_role("button", name="Send feedback").click()
    expect(no_js.get_by_role("heading", level=1)).to_have_text("Thank you for your feedback")
    assert Feedback.objects.order_by("-pk").first().category == Feedback.Category.MISSING
    context.close()

    # axe runs as a script, so the same pages are checked again in a browser that runs it.
    page.goto(f"/feedback/?path={SLT}")
    assert_no_axe_violations(page)
    page.get_by_label("What went wrong?").fill("x" * 1250)
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert_no_axe_violations(page)
    screenshot("1-error")
    page.get_by_label("What went wrong?").fill("The map does not load.")
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your feedback")
    assert_no_axe_violations(page)
    screenshot("2-thanks")
    page.goto("/tell-us-what-you-think/")
    assert_no_axe_violations(page)
    screenshot("3-tell-us")
