"""A version that changes whenever what the public can search changes (a listing published,
moved, deleted or edited in place, a synonym added). Held in the cache every process shares,
so that each process knows when to rebuild what it keeps in memory.

The version is a random token, not a counter: a cache that was cleared or restarted starts
again at a version no process has built from."""

import secrets

from django.core.cache import caches
from django.db import DatabaseError

VERSION_KEY = "search:data-version"
UNRECORDED = "unrecorded"


def data_version() -> str:
    cache = caches["shared"]
    version = cache.get(VERSION_KEY)
    if version is None:
        try:
            cache.add(VERSION_KEY, _new_version(), timeout=None)
        except DatabaseError:
            # A read-only database still answers searches: what processes hold expires
            # with age alone until the version can be recorded.
            return UNRECORDED
        version = cache.get(VERSION_KEY)
    return version


def data_changed() -> None:
    caches["shared"].set(VERSION_KEY, _new_version(), timeout=None)


def _new_version() -> str:
    return secrets.token_hex(8)
