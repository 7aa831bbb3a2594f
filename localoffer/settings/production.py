"""Production: behind a reverse proxy that ends TLS. Unsafe values (a weak SECRET_KEY, no or
wildcard ALLOWED_HOSTS) are refused by system checks (`localoffer/checks.py`), which
`make serve` runs before it starts the server."""

from .base import *  # noqa: F403

PRODUCTION = True

# Pages go out compressed. Django's GZip middleware pads each response at random against
# BREACH; public pages carry no secret to guess in any case (no CSRF token, no session).
MIDDLEWARE = [MIDDLEWARE[0], "django.middleware.gzip.GZipMiddleware", *MIDDLEWARE[1:]]  # noqa: F405

# One proxy in front by default (the one that ends TLS); say how many with the variable.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))  # noqa: F405
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true") == "true"  # noqa: F405
# The KPI API answers credentials sent over plain HTTP with a 403 that says they were exposed;
# a redirect would have the client send them again over HTTPS, and the leak go unnoticed.
SECURE_REDIRECT_EXEMPT = [r"^api/monitoring/kpis/"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Asks browsers' preload lists to use HTTPS for the domain before the first visit. Once
# listed, a domain is slow to leave: set HSTS_PRELOAD=false if any subdomain is not HTTPS.
SECURE_HSTS_PRELOAD = os.environ.get("HSTS_PRELOAD", "true") == "true"  # noqa: F405
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
