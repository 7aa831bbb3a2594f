"""The demo's schools and nurseries answer the SEN information questions, as their listings'
SEN information, from demo/data/school_sen_information.yaml."""

from demo.content import read

_DATA = read("school_sen_information")


def school_sen_information(*, phase: str, school: str) -> tuple[tuple[str, str], ...]:
    """The listing fields for a school or nursery of `phase` ("nursery", "primary" or
    "secondary"): its setting type and each answer."""
    answers = [(name, text.format(school=school)) for name, text in _DATA["answers"][phase].items()]
    return (("setting_type", _DATA["setting_types"][phase]), *answers)
