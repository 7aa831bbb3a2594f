"""Lighthouse on the pages families use most. The accessibility score must be 100; the other
categories are reported (`make bench` asks for them all and prints them)."""

import os

import pytest

from directory.models import ServicePage
from e2e.lighthouse import lighthouse_scores

REPORTED = os.environ.get("LIGHTHOUSE_CATEGORIES", "accessibility").split(",")


@pytest.mark.parametrize("page_name", ["home", "search", "service"])
def test_lighthouse_scores_accessibility_100(demo_site, page_name):
    path = {
        "home": "/",
        "search": "/services/?q=speech&age=6",
        "service": ServicePage.objects.live().order_by("path").first().url,
    }[page_name]

    scores = lighthouse_scores(f"{demo_site.url}{path}", sorted({"accessibility", *REPORTED}))

    print(f"\nLighthouse, mobile, {page_name} ({path}): {scores}")
    assert scores["accessibility"] == 100, scores
