"""Production settings refuse unsafe values through system checks, and pass Django's own
deployment checks with nothing to warn about."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

MANAGE = Path(__file__).resolve().parents[2] / "manage.py"
STRONG_KEY = secrets.token_urlsafe(64)


def check_production(**environment) -> subprocess.CompletedProcess:
    """`manage.py check --deploy --fail-level WARNING` with the production settings, in a
    fresh interpreter, as `make serve` runs it before starting the server."""
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, str(MANAGE), "check", "--deploy", "--fail-level", "WARNING"],
        env={
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "localoffer.settings.production",
            "DATABASE_URL": "sqlite:///:memory:",
            **environment,
        },
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    "secret_key",
    [
        "",
        "short",
        "dev-only-insecure-key",
        "django-insecure-" + "x" * 60,
        "k" * 50,  # long, and one letter repeated
        "change-me-" + secrets.token_urlsafe(64),
    ],
)
def test_production_refuses_a_weak_or_default_secret_key(secret_key):
    result = check_production(SECRET_KEY=secret_key, ALLOWED_HOSTS="localoffer.example")
    assert result.returncode != 0
    assert "localoffer.E001" in result.stderr


def test_production_refuses_no_allowed_hosts():
    result = check_production(SECRET_KEY=STRONG_KEY)
    assert result.returncode != 0
    assert "localoffer.E002" in result.stderr


@pytest.mark.parametrize("hosts", ["*", "localoffer.example,*", ".example,*.example"])
def test_production_refuses_a_wildcard_in_allowed_hosts(hosts):
    result = check_production(SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS=hosts)
    assert result.returncode != 0
    assert "localoffer.E003" in result.stderr


def test_the_deployment_check_is_clean_with_a_strong_key_and_hosts():
    result = check_production(SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS="localoffer.example")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
