"""The directory's vocabularies, from demo/data/taxonomy.yaml. Need codes are those of the DfE
SEN2 return, plus ADHD."""

from demo.content import read

_DATA = read("taxonomy")


def _rows(name: str, *keys: str) -> list[tuple]:
    return [tuple(row[key] for key in keys) for row in _DATA[name]]


# (code, name, description)
NEEDS = _rows("needs", "code", "name", "description")
# (slug, name, description)
CATEGORIES = _rows("categories", "slug", "name", "description")
SUPPORT_LEVELS = _rows("support_levels", "slug", "name", "description")
AREAS = _rows("areas", "slug", "name", "description")
LOCAL_AREAS = [slug for slug, _, _ in AREAS if slug != "outside-northby"]
DELIVERY_METHODS = _rows("delivery_methods", "slug", "name", "description")
REFERRAL_ROUTES = _rows("referral_routes", "slug", "name", "description")
# (ISO 639 code, name)
LANGUAGES = _rows("languages", "code", "name")
