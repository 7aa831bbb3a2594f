"""Lighthouse audits of pages served by the test server, in Debian's Chromium."""

import json
import os
import subprocess
import tempfile
from pathlib import Path

from e2e.conftest import CHROMIUM_ARGS
from tests.services import require_chromium, service_missing

LIGHTHOUSE = Path(__file__).resolve().parents[1] / "frontend/node_modules/.bin/lighthouse"
TIMEOUT_SECONDS = 180
# Now and then Headless Chromium's trace of the page load comes back without its start
# (NO_NAVSTART), and Lighthouse says to run it again: a fault in recording, not in the page.
RUN_AGAIN = "Please run Lighthouse again"
ATTEMPTS = 3


def lighthouse_scores(url: str, categories: list[str]) -> dict[str, int]:
    """Scores out of 100 for `url` on the mobile profile, by category."""
    if not LIGHTHOUSE.exists():
        service_missing(f"Lighthouse is not installed at {LIGHTHOUSE}: run `make setup`")
    for _attempt in range(ATTEMPTS):
        with tempfile.TemporaryDirectory() as folder:
            report = Path(folder) / "report.json"
            finished = subprocess.run(  # noqa: S603 - fixed program, arguments from the tests
                [
                    str(LIGHTHOUSE),
                    url,
                    "--quiet",
                    "--form-factor=mobile",
                    f"--only-categories={','.join(categories)}",
                    "--output=json",
                    f"--output-path={report}",
                    f"--chrome-flags={' '.join(CHROMIUM_ARGS)}",
                ],
                env={**os.environ, "CHROME_PATH": str(require_chromium())},
                check=False,
                timeout=TIMEOUT_SECONDS,
                capture_output=True,
                text=True,
            )
            if finished.returncode == 0:
                result = json.loads(report.read_text())
                return {
                    name: round(category["score"] * 100)
                    for name, category in result["categories"].items()
                }
        if RUN_AGAIN not in finished.stderr:
            break
    raise RuntimeError(f"Lighthouse failed on {url}:\n{finished.stderr[-4000:]}")
