"""Every public page type and state, checked with axe-core, at phone widths and 400% zoom,
with WCAG text spacing, and against a page-weight budget."""

import gzip
import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from django.utils.text import slugify

from directory.models import ServicePage
from e2e.axe import assert_no_axe_violations

KB = 1024
TOTAL_BUDGET = 100 * KB  # HTML, CSS and JavaScript, compressed
SCRIPT_BUDGET = 20 * KB


def first_service_url() -> str:
    return ServicePage.objects.live().order_by("path").first().url


# name -> how to reach the page or state from a fresh browser tab
PUBLIC_PAGES: dict[str, Callable[[Page], object]] = {
    "home": lambda page: page.goto("/"),
    "information page": lambda page: page.goto("/ehc-needs-assessments-and-plans/"),
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
}


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_pages_have_no_axe_violations_on_a_desktop_or_a_phone(
    page: Page, demo_site, screenshot, name
):
    PUBLIC_PAGES[name](page)
    expect(page.locator("h1")).to_have_count(1)

    for width, height in ((1280, 900), (360, 740)):
        page.set_viewport_size({"width": width, "height": height})
        screenshot(f"{slugify(name)}-{width}")
        assert_no_axe_violations(page)


SCROLLS_SIDEWAYS = """() => {
    const wide = document.documentElement.scrollWidth > document.documentElement.clientWidth;
    // Content that is too wide, other than tables, which may scroll on their own (WCAG 1.4.10).
    const culprits = [...document.querySelectorAll("body *")].filter(element => {
        const box = element.getBoundingClientRect();
        return box.right > document.documentElement.clientWidth + 1 && !element.closest("table")
            && getComputedStyle(element).position !== "absolute";
    }).map(element => element.outerHTML.slice(0, 120));
    return {wide, culprits: culprits.slice(0, 5)};
}"""

KEY_PAGES = ["home", "directory, filtered", "service", "information page"]


@pytest.mark.parametrize("name", KEY_PAGES)
def test_key_pages_reflow_at_320_pixels_and_400_percent_zoom(page: Page, demo_site, name):
    # 1280 CSS pixels at 400% zoom is a 320 pixel wide viewport, which is how WCAG measures it.
    page.set_viewport_size({"width": 320, "height": 640})
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


@pytest.mark.parametrize("name", KEY_PAGES)
def test_key_pages_lose_nothing_with_wcag_text_spacing(page: Page, demo_site, name):
    page.set_viewport_size({"width": 360, "height": 740})
    PUBLIC_PAGES[name](page)
    page.add_style_tag(content=TEXT_SPACING)

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
