"""One number that changes whenever what the public can search changes (a listing published,
moved, deleted or edited in place, a synonym added). Held in the cache every process shares,
so that each process knows when to rebuild what it keeps in memory."""

from django.core.cache import cache

VERSION_KEY = "search:data-version"


def data_version() -> int:
    return cache.get(VERSION_KEY, 0)


def data_changed() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, timeout=None)
