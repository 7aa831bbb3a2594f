"""System checks that refuse unsafe production settings. They run with every management
command and before `make serve` starts the server (`check --deploy --fail-level WARNING`),
and say what to change, rather than failing on import with a traceback."""

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.core.exceptions import ImproperlyConfigured

# Keys that ship in code or documentation, and prefixes that mark a key as a placeholder.
_PLACEHOLDER_PREFIXES = ("dev-", "test-", "django-insecure", "change-me", "changeme", "secret")
_MIN_KEY_LENGTH = 50
_MIN_KEY_CHARACTERS = 10


def _is_weak(key: str) -> bool:
    return (
        len(key) < _MIN_KEY_LENGTH
        or len(set(key)) < _MIN_KEY_CHARACTERS
        or key.lower().startswith(_PLACEHOLDER_PREFIXES)
    )


@register(Tags.security)
def production_settings_check(app_configs, **kwargs):
    """Only the production settings are held to these (development and tests use fixed,
    public keys on purpose)."""
    if not getattr(settings, "PRODUCTION", False):
        return []
    errors = []
    try:
        key = settings.SECRET_KEY
    except ImproperlyConfigured:  # Django refuses to read an empty key
        key = ""
    if _is_weak(key):
        errors.append(
            Error(
                "SECRET_KEY is missing, a placeholder or too weak.",
                hint=(
                    f"Set SECRET_KEY to a random value of at least {_MIN_KEY_LENGTH} "
                    'characters, for example the output of: python -c "import secrets; '
                    'print(secrets.token_urlsafe(64))"'
                ),
                id="localoffer.E001",
            )
        )
    if not settings.ALLOWED_HOSTS:
        errors.append(
            Error(
                "ALLOWED_HOSTS is empty.",
                hint="Set ALLOWED_HOSTS to the site's host names, separated by commas.",
                id="localoffer.E002",
            )
        )
    if any("*" in host for host in settings.ALLOWED_HOSTS):
        errors.append(
            Error(
                "ALLOWED_HOSTS contains a wildcard.",
                hint=(
                    "List the site's host names exactly: with '*' any Host header is "
                    "believed, and links in emails (password resets, review reminders) "
                    "can be made to point elsewhere."
                ),
                id="localoffer.E003",
            )
        )
    return errors
