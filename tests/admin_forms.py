"""Forms as the Wagtail admin posts them, for tests that drive the editor over HTTP."""

import json

EMPTY_RICH_TEXT = '{"blocks": [], "entityMap": {}}'


def draftail(text: str) -> str:
    """A rich text field's value as the admin's editor posts it."""
    block = {"key": "a1b2c", "type": "unstyled", "text": text, "depth": 0}
    return json.dumps(
        {"blocks": [block | {"inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}
    )


def service_form(*, title: str, organisation, action: str = "action-publish", **fields) -> dict:
    """The service editor's form for a service with no venues, contacts or opening times."""
    form = {
        "title": title,
        "slug": title.lower().replace(" ", "-"),
        "organisation": organisation.pk,
        "status": "active",
        "summary": f"About {title}.",
        "description": draftail("What the service offers."),
        "eligibility": EMPTY_RICH_TEXT,
        "how_to_access": EMPTY_RICH_TEXT,
        "min_age": "0",
        "max_age": "25",
        "cost": "free",
        "review_interval_months": "12",
        action: action,
        **fields,
    }
    for relation in ("locations", "contacts", "schedules"):
        form |= {
            f"{relation}-TOTAL_FORMS": "0",
            f"{relation}-INITIAL_FORMS": "0",
            f"{relation}-MIN_NUM_FORMS": "0",
            f"{relation}-MAX_NUM_FORMS": "1000",
        }
    return form
