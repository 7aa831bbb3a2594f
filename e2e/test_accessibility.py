"""Every public page type and state, checked with axe-core, at phone widths and 400% zoom,
with WCAG text spacing, and against a page-weight budget."""

import gzip
import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from directory.models import ServicePage
from e2e.axe import assert_no_axe_violations
from monitoring.models import AnnualReportPage, MysteryShopCampaign
from pages.models import EventPage, NewsPage
from you_said_we_did.models import Entry

KB = 1024
TOTAL_BUDGET = 100 * KB  # HTML, CSS and JavaScript, compressed
SCRIPT_BUDGET = 20 * KB
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}


def first_service_url() -> str:
    return ServicePage.objects.live().order_by("path").first().url


def open_campaign_path() -> str:
    campaign = next(c for c in MysteryShopCampaign.objects.all() if c.is_open())
    return reverse("monitoring:volunteer_visit", args=[campaign.token])


def errors_on_empty_form(path: Callable[[], str]) -> Callable[[Page], None]:
    """Opens the form at `path()` and sends it empty, so that it shows its errors."""

    def send_empty(page: Page) -> None:
        page.goto(path())
        page.locator("main form button:not([type=button])").last.click()
        expect(page.locator(".govuk-error-summary")).to_be_visible()

    return send_empty


def send_feedback(page: Page) -> None:
    page.goto("/feedback/?path=/glossary/")
    page.get_by_label("What were you trying to do?").fill("Find out what SENCo means")
    page.get_by_label("What went wrong?").fill("It was not in the list")
    page.get_by_role("button", name="Send").click()
    expect(page.locator(".govuk-panel")).to_be_visible()


# name -> how to reach the page or state, from whichever page the tab is on
PUBLIC_PAGES: dict[str, Callable[[Page], object]] = {
    "home": lambda page: page.goto("/"),
    "information page": lambda page: page.goto(
        "/advice/education/ehc-needs-assessments-and-plans/"
    ),
    "advice and guidance": lambda page: page.goto("/advice/"),
    "advice section": lambda page: page.goto("/advice/school/"),
    "news and events": lambda page: page.goto("/news/"),
    "news": lambda page: page.goto(NewsPage.objects.live().order_by("-date").first().url),
    "events": lambda page: page.goto("/news/events/"),
    "events, filtered": lambda page: page.goto("/news/events/?topic=leisure&age=5"),
    "events, nothing found": lambda page: page.goto("/news/events/?topic=health&age=0"),
    "events, filter not understood": lambda page: page.goto("/news/events/?month=abc&age=x"),
    "event": lambda page: page.goto(
        EventPage.objects.live().filter(ends_at__gte=timezone.now()).first().url
    ),
    "event, finished": lambda page: page.goto(
        EventPage.objects.live().filter(ends_at__lt=timezone.now()).first().url
    ),
    "past events": lambda page: page.goto("/news/events/past/"),
    "about this local offer": lambda page: page.goto("/advice/about-this-local-offer/"),
    "glossary": lambda page: page.goto("/glossary/"),
    "accessibility statement": lambda page: page.goto("/accessibility-statement/"),
    "privacy notice": lambda page: page.goto("/privacy-notice/"),
    "directory": lambda page: page.goto("/services/"),
    "directory, filtered": lambda page: page.goto("/services/?q=speech&need=SLCN&age=6&cost=free"),
    "directory, page 2": lambda page: page.goto("/services/?page=2"),
    "directory, nothing found": lambda page: page.goto("/services/?q=xylophone+zebra&age=3"),
    "directory, age not understood": lambda page: page.goto("/services/?age=abc"),
    "service": lambda page: page.goto(first_service_url()),
    "page not found": lambda page: page.goto("/no-such-page/"),
    "report a problem": lambda page: page.goto("/feedback/?path=/glossary/"),
    "feedback, thank you": send_feedback,
    "tell us what you think": lambda page: page.goto("/tell-us-what-you-think/"),
    "tell us what you think, nothing chosen": errors_on_empty_form(
        lambda: "/tell-us-what-you-think/"
    ),
    "you said, we did": lambda page: page.goto("/you-said-we-did/"),
    "you said, we did, by year": lambda page: page.goto(
        f"/you-said-we-did/?year={Entry.objects.filter(live=True).latest('date').date.year}"
    ),
    "you said, we did entry": lambda page: page.goto(
        Entry.objects.filter(live=True).latest("date").get_absolute_url()
    ),
    "suggest a change": lambda page: page.goto(f"{first_service_url()}suggest-a-change/"),
    "suggest a change, nothing filled in": errors_on_empty_form(
        lambda: f"{first_service_url()}suggest-a-change/"
    ),
    "add your service": lambda page: page.goto("/services/add-your-service/"),
    "annual report": lambda page: page.goto(AnnualReportPage.objects.live().first().url),
    "mystery shopping visit": lambda page: page.goto(open_campaign_path()),
    "mystery shopping visit, nothing filled in": errors_on_empty_form(open_campaign_path),
}


# Nothing the checks below do (a feedback form sent, empty forms refused) shows on a later
# page, so each walks its pages in one browser tab on one load of the demo, and reports each
# page as a subtest of its own.


def test_public_pages_have_no_axe_violations_on_a_desktop_or_a_phone(
    page: Page, demo_site, screenshot, subtests
):
    for name, reach in PUBLIC_PAGES.items():
        with subtests.test(name):
            page.set_viewport_size(DESKTOP)
            reach(page)
            expect(page.locator("h1")).to_have_count(1)
            for viewport in (DESKTOP, PHONE):
                page.set_viewport_size(viewport)
                screenshot(f"{slugify(name)}-{viewport['width']}")
                assert_no_axe_violations(page)


SCROLLS_SIDEWAYS = """() => {
    // Hidden fields (the spam trap) are placed off screen on purpose, by them or a parent.
    const placedOffScreen = element => {
        for (let node = element; node; node = node.parentElement) {
            if (["absolute", "fixed"].includes(getComputedStyle(node).position)) return true;
        }
        return false;
    };
    const wide = document.documentElement.scrollWidth > document.documentElement.clientWidth;
    // Content that is too wide, other than tables, which may scroll on their own (WCAG 1.4.10).
    const culprits = [...document.querySelectorAll("body *")].filter(element => {
        const box = element.getBoundingClientRect();
        return box.right > document.documentElement.clientWidth + 1 && !element.closest("table")
            && !placedOffScreen(element);
    }).map(element => element.outerHTML.slice(0, 120));
    return {wide, culprits: culprits.slice(0, 5)};
}"""

KEY_PAGES = ["home", "directory, filtered", "service", "information page"]


def test_key_pages_reflow_at_320_pixels_and_400_percent_zoom(page: Page, demo_site, subtests):
    # 1280 CSS pixels at 400% zoom is a 320 pixel wide viewport, which is how WCAG measures it.
    page.set_viewport_size({"width": 320, "height": 640})
    for name in KEY_PAGES:
        with subtests.test(name):
            PUBLIC_PAGES[name](page)

            layout = page.evaluate(SCROLLS_SIDEWAYS)
            assert not layout["wide"] and not layout["culprits"], layout


TEXT_SPACING = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
"""
CLIPPED = """() => [...document.querySelectorAll("body *")].filter(element => {
    const style = getComputedStyle(element);
    const hides = [style.overflowX, style.overflowY].some(o => o === "hidden" || o === "clip");
    return hides && element.innerText && element.innerText.trim()
        && !element.matches(".govuk-visually-hidden, .govuk-skip-link")
        && (element.scrollHeight > element.clientHeight + 1
            || element.scrollWidth > element.clientWidth + 1);
}).map(element => element.outerHTML.slice(0, 120))"""


def test_key_pages_lose_nothing_with_wcag_text_spacing(page: Page, demo_site, subtests):
    page.set_viewport_size(PHONE)
    for name in KEY_PAGES:
        with subtests.test(name):
            PUBLIC_PAGES[name](page)
            # A constructed style sheet, as a text-spacing bookmarklet would add: the site's
            # Content-Security-Policy refuses inline <style> elements.
            page.evaluate(
                """css => {
                    const sheet = new CSSStyleSheet();
                    sheet.replaceSync(css);
                    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
                }""",
                TEXT_SPACING,
            )
            assert page.evaluate("getComputedStyle(document.body).letterSpacing") != "normal"

            assert page.evaluate(CLIPPED) == []
            layout = page.evaluate(SCROLLS_SIDEWAYS)
            assert not layout["wide"], layout


@pytest.mark.parametrize("name", ["home", "directory, filtered", "service"])
def test_key_pages_keep_to_the_page_weight_budget(page: Page, demo_site, name):
    requests, responses = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("response", lambda response: responses.append(response))
    PUBLIC_PAGES[name](page)
    page.wait_for_load_state("networkidle")

    elsewhere = [url for url in requests if not url.startswith((demo_site.url, "data:"))]
    assert elsewhere == [], "requests left the site"
    sizes: dict[str, int] = {"html": 0, "css": 0, "js": 0}
    for response in responses:
        kind = re.search(r"(html|css|javascript)", response.headers.get("content-type", ""))
        if kind:
            compressed = len(gzip.compress(response.body(), compresslevel=6))
            sizes[{"javascript": "js"}.get(kind.group(1), kind.group(1))] += compressed
    assert sizes["html"] > 0
    assert sum(sizes.values()) < TOTAL_BUDGET, sizes
    assert sizes["js"] < SCRIPT_BUDGET, sizes
