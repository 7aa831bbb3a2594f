"""Forms as the Wagtail admin posts them, for tests that drive the editor over HTTP."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text


def service_form(*, title: str, organisation, action: str = "action-publish", **fields) -> dict:
    """The service editor's form for a service with no venues, contacts or opening times."""
    form = nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "organisation": organisation.pk,
            "status": "active",
            "summary": f"About {title}.",
            "description": rich_text("<p>What the service offers.</p>"),
            "eligibility": rich_text(""),
            "how_to_access": rich_text(""),
            "min_age": "0",
            "max_age": "25",
            "cost": "free",
            "review_interval_months": "12",
            action: action,
            "locations": inline_formset([]),
            "contacts": inline_formset([]),
            "schedules": inline_formset([]),
        }
    )
    return form | fields
