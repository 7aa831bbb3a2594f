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


def lighthouse_scores(url: str, categories: list[str]) -> dict[str, int]:
    """Scores out of 100 for `url` on the mobile profile, by category."""
    if not LIGHTHOUSE.exists():
        service_missing(f"Lighthouse is not installed at {LIGHTHOUSE}: run `make setup`")
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        subprocess.run(  # noqa: S603 - fixed program, arguments from the tests
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
            check=True,
            timeout=TIMEOUT_SECONDS,
            capture_output=True,
        )
        result = json.loads(report.read_text())
    return {name: round(category["score"] * 100) for name, category in result["categories"].items()}
