"""The Open Referral UK 3.0 schemas (../shared/oruk/schema), with their `$ref`s resolved
from that folder, and a check that an API response validates against them."""

import json
import os
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from django.conf import settings

SCHEMA_DIR = Path(
    os.environ.get("ORUK_SCHEMA_DIR", settings.BASE_DIR.parent / "shared" / "oruk" / "schema")
)
BASE_URI = "https://schemas.test/oruk/"


@cache
def registry() -> Registry:
    resources = []
    for path in [*SCHEMA_DIR.glob("*.json"), *SCHEMA_DIR.glob("compiled/*.json")]:
        uri = BASE_URI + path.relative_to(SCHEMA_DIR).as_posix()
        contents = {**json.loads(path.read_text()), "$id": uri}
        resources.append((uri, Resource.from_contents(contents, DRAFT202012)))
    return Registry().with_resources(resources)


def errors(instance, schema_name: str) -> list[str]:
    """Every way `instance` breaks the schema `schema_name` (e.g. "compiled/service.json"),
    formats (uuid, email, uri, date-time) included."""
    validator = Draft202012Validator(
        {"$ref": BASE_URI + schema_name},
        registry=registry(),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator.iter_errors(instance)
    ]


PAGE_PROPERTIES = {
    "total_items": int,
    "total_pages": int,
    "page_number": int,
    "size": int,
    "first_page": bool,
    "last_page": bool,
    "empty": bool,
}


def page_errors(body: dict, item_schema: str) -> list[str]:
    """A paginated response: the page properties of the OpenAPI file's `Page`, and each of
    `contents` against `item_schema`."""
    problems = [
        f"{name}: missing or not {kind.__name__}"
        for name, kind in PAGE_PROPERTIES.items()
        if type(body.get(name)) is not kind
    ]
    if not isinstance(body.get("contents"), list):
        return [*problems, "contents: missing"]
    for index, item in enumerate(body["contents"]):
        problems += [f"contents/{index}/{error}" for error in errors(item, item_schema)]
    return problems
