"""Production settings refuse unsafe values through system checks, and pass Django's own
deployment checks with nothing to warn about."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from localoffer.checks import production_settings_check

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


def test_production_refuses_a_missing_key_and_a_wildcard_host_before_serving():
    result = check_production(SECRET_KEY="", ALLOWED_HOSTS="localoffer.example,*")
    assert result.returncode != 0
    assert "localoffer.E001" in result.stderr
    assert "localoffer.E003" in result.stderr


def test_production_refuses_no_allowed_hosts():
    result = check_production(SECRET_KEY=STRONG_KEY)
    assert result.returncode != 0
    assert "localoffer.E002" in result.stderr


# The variants run the check in this process: a fresh interpreter for each is seconds.
@pytest.fixture
def production(settings):
    settings.PRODUCTION = True
    settings.SECRET_KEY = STRONG_KEY
    settings.ALLOWED_HOSTS = ["localoffer.example"]
    return settings


def error_ids() -> list[str]:
    return [error.id for error in production_settings_check(None)]


@pytest.mark.parametrize(
    "secret_key",
    [
        "short",
        "dev-only-insecure-key",
        "django-insecure-" + "x" * 60,
        "k" * 50,  # long, and one letter repeated
        "change-me-" + secrets.token_urlsafe(64),
    ],
    # Named, so that every test process collects the same test ids.
    ids=["short", "development", "django-insecure", "one letter", "change-me"],
)
def test_production_refuses_a_weak_or_default_secret_key(production, secret_key):
    production.SECRET_KEY = secret_key
    assert error_ids() == ["localoffer.E001"]


@pytest.mark.parametrize("hosts", [["*"], ["localoffer.example", "*"], [".example", "*.example"]])
def test_production_refuses_a_wildcard_in_allowed_hosts(production, hosts):
    production.ALLOWED_HOSTS = hosts
    assert error_ids() == ["localoffer.E003"]


def test_development_settings_are_not_held_to_the_production_checks(production):
    production.PRODUCTION = False
    production.SECRET_KEY = "dev-only-insecure-key"  # noqa: S105 - a public key on purpose
    assert error_ids() == []


def test_the_deployment_check_is_clean_with_a_strong_key_and_hosts():
    result = check_production(SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS="localoffer.example")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
