"""Reads the demo's content from its data files in demo/data/."""

from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).with_name("data")


def read(name: str) -> Any:
    """The content of demo/data/<name>.yaml."""
    return yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))
