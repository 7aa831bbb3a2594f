"""Each client's allowance of POSTs per form, kept in the cache that every worker shares.

Settings: `TRUSTED_PROXY_COUNT` (how many reverse proxies stand in front of the site, each
adding the address it was reached from to `X-Forwarded-For`; 0 when clients connect
directly), `PUBLIC_FORM_RATE_LIMIT` (POSTs allowed per client and form in each window),
`PUBLIC_FORM_RATE_LIMITS` (the same for named forms, by scope) and `PUBLIC_FORM_RATE_WINDOW`
(seconds)."""

import hashlib
import ipaddress
import logging
import secrets
import time

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError
from django.http import HttpRequest
from django.utils import timezone

logger = logging.getLogger(__name__)


def _is_address(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def client_address(request: HttpRequest) -> str:
    """The address of the client, as the trusted proxies saw it. With n proxies in front,
    the last n entries of `X-Forwarded-For` were written by them, so the n-th from the end is
    the client; anything to its left came from the client and may be made up."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies <= 0:
        return remote
    forwarded = [
        entry.strip()
        for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if entry.strip()
    ]
    if not forwarded:
        return remote
    # Fewer entries than proxies: every entry was written by a trusted proxy.
    address = forwarded[-proxies] if len(forwarded) >= proxies else forwarded[0]
    return address if _is_address(address) else remote


def axes_client_address(request: HttpRequest) -> str:
    """The client's address, for django-axes' sign-in throttling (`AXES_CLIENT_IP_CALLABLE`)."""
    return client_address(request)


def allowance(scope: str) -> int:
    """How many POSTs a client may send to the form `scope` in one window."""
    limits = getattr(settings, "PUBLIC_FORM_RATE_LIMITS", {})
    return limits.get(scope, getattr(settings, "PUBLIC_FORM_RATE_LIMIT", 20))


def window_seconds() -> int:
    return getattr(settings, "PUBLIC_FORM_RATE_WINDOW", 600)


# The cache every worker shares (settings.CACHES).
CACHE_ALIAS = "shared"


def client_fingerprint(request: HttpRequest) -> str:
    """The client's address, hashed with a salt that changes daily and lives only in the
    shared cache: the same client gives the same value all day, in every worker, and nothing
    stored anywhere can be linked back to a person or across days."""
    cache = caches[CACHE_ALIAS]
    salt_key = f"public-forms:salt:{timezone.localdate().isoformat()}"
    cache.add(salt_key, secrets.token_hex(16), timeout=2 * 24 * 3600)
    salt = cache.get(salt_key, "")
    return hashlib.sha256(f"{salt}:{client_address(request)}".encode()).hexdigest()


def _client_key(request: HttpRequest, scope: str) -> str:
    return f"public-forms:rate:{scope}:{client_fingerprint(request)}"


def is_rate_limited(request: HttpRequest, *, scope: str) -> bool:
    """Count this request against the client's allowance for `scope`; True once the
    allowance for the current window is used up. When the shared cache cannot be written
    (SQLite's lock under a burst of posts), the request goes through: losing what a person
    sent would be worse than letting a few extra posts past the limit."""
    try:
        return _count_and_check(request, scope=scope)
    except DatabaseError:
        logger.warning("Rate limit not checked: the shared cache is busy", exc_info=True)
        return False


def _count_and_check(request: HttpRequest, *, scope: str) -> bool:
    cache = caches[CACHE_ALIAS]
    window = window_seconds()
    key = f"{_client_key(request, scope)}:{int(time.time() // window)}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr: this is the first in a new window
        cache.add(key, 1, timeout=window)
        count = 1
    return count > allowance(scope)


def _window_key(request: HttpRequest, scope: str) -> str:
    return f"{_client_key(request, scope)}:{int(time.time() // window_seconds())}"


def is_over_allowance(request: HttpRequest, *, scope: str) -> bool:
    """Whether the client has used up its allowance for `scope` in this window, without
    counting this request (see `count_against_allowance`): for what should count only when
    it fails, such as a password."""
    return caches[CACHE_ALIAS].get(_window_key(request, scope), 0) >= allowance(scope)


def count_against_allowance(request: HttpRequest, *, scope: str) -> None:
    cache = caches[CACHE_ALIAS]
    key = _window_key(request, scope)
    cache.add(key, 0, timeout=window_seconds())
    try:
        cache.incr(key)
    except ValueError:
        cache.add(key, 1, timeout=window_seconds())
