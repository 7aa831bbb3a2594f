"""Accessibility checks with axe-core, run inside the page under test."""

from pathlib import Path

from playwright.sync_api import Page

AXE_JS = Path(__file__).resolve().parents[1] / "frontend/node_modules/axe-core/axe.min.js"
# WCAG 2.2 AA (axe tags each rule with the version and level that introduced it) plus
# axe's best practices.
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}


def axe_violations(page: Page) -> list[dict]:
    # A check straight after a navigation (a test that waited only for the new URL) would
    # otherwise run on a document still being parsed: links whose text has not arrived.
    page.wait_for_load_state()
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated rather than added as a <script>: the Content-Security-Policy refuses inline
        # scripts, and the browser tests check the site as it is served.
        page.evaluate(AXE_JS.read_text())
    results = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    return results["violations"]


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"{violation['id']} ({violation['impact']}): {violation['help']} "
            f"[{violation['helpUrl']}]"
        )
        lines.extend(f"    {' > '.join(map(str, node['target']))}" for node in violation["nodes"])
    return "\n".join(lines)


def assert_no_axe_violations(page: Page) -> None:
    violations = axe_violations(page)
    assert not violations, (
        f"{len(violations)} axe violation(s) on {page.url}:\n{describe_violations(violations)}"
    )
