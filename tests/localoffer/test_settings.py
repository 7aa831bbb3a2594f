import os
import subprocess
import sys

import pytest

STRONG_KEY = "k" * 30 + "-strong-random-value-for-tests-only"


def start_production(**environment) -> subprocess.CompletedProcess:
    """Load the production settings in a fresh interpreter, as a server would."""
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", "import django; django.setup()"],
        env={
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "localoffer.settings.production",
            **environment,
        },
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    "secret_key", ["", "short", "dev-only-insecure-key", "django-insecure-" + "x" * 60]
)
def test_production_refuses_an_insecure_secret_key(secret_key):
    result = start_production(SECRET_KEY=secret_key, ALLOWED_HOSTS="localoffer.example")

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = start_production(SECRET_KEY=STRONG_KEY)

    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_starts_with_a_strong_key_and_hosts():
    result = start_production(SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS="localoffer.example")

    assert result.returncode == 0, result.stderr
