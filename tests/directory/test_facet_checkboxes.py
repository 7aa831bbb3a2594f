"""The search page's facet options are written by the directory's own macro for speed; they
must stay the markup GOV.UK Frontend's checkboxes component gives for the same options."""

import re

import pytest

from django.template import engines

GOVUK = """
{%- from "govuk_frontend_jinja/components/checkboxes/macro.html" import govukCheckboxes -%}
{{ govukCheckboxes({
  "idPrefix": group.name,
  "name": group.name,
  "classes": "govuk-checkboxes--small",
  "fieldset": {"legend": {"text": group.label, "classes": "govuk-visually-hidden"}},
  "items": group["items"],
}) }}
"""
OWN = """
{%- from "directory/includes/facet_checkboxes.html" import facet_checkboxes -%}
{{ facet_checkboxes(group) }}
"""


def render(source: str, group: dict) -> str:
    html = engines["jinja2"].from_string(source).render({"group": group})
    # Whitespace between and inside tags is the only difference allowed.
    return re.sub(r"\s*([<>])\s*", r"\1", re.sub(r"\s+", " ", html)).strip()


@pytest.mark.parametrize(
    "items",
    [
        [{"value": "ASD", "text": "Autism (12)", "checked": False}],
        [
            {"value": "SLCN", "text": "Speech, language & communication (3)", "checked": True},
            {"value": 'a"b<c>', "text": "<script>alert(1)</script> (0)", "checked": False},
            {"value": "VI", "text": "Vision impairment (1)", "checked": True},
        ],
    ],
    ids=["one option", "several, some checked, some hostile"],
)
def test_facet_options_are_the_govuk_checkboxes_markup(items):
    group = {"name": "need", "label": "Needs & disabilities", "items": items}
    own = render(OWN, group)
    assert own == render(GOVUK, group)
    assert "<script>" not in own
