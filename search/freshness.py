"""A version that changes whenever what the public can search changes (a listing published,
moved, deleted or edited in place, a synonym added). Held in the cache every process shares,
so that each process knows when to rebuild what it keeps in memory.

The version is a random token, not a counter: a cache that was cleared or restarted starts
again at a version no process has built from. A request reads it once, however many kept
things it uses."""

import logging
import secrets
import threading
from collections.abc import Callable
from datetime import date
from time import monotonic
from typing import Generic, TypeVar

from django.core.cache import caches
from django.db import DatabaseError, connections
from django.utils import timezone

logger = logging.getLogger(__name__)

VERSION_KEY = "search:data-version"
UNRECORDED = "unrecorded"

T = TypeVar("T")


class _ThisRequest(threading.local):
    serving = False
    version: str | None = None


_this_request = _ThisRequest()


def data_version() -> str:
    if _this_request.version is not None:
        return _this_request.version
    version = _read_version()
    if _this_request.serving and version != UNRECORDED:
        _this_request.version = version
    return version


def _read_version() -> str:
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
    _this_request.version = None


def request_started(**kwargs) -> None:
    """Connected to Django's request_started: the version is read afresh once per request."""
    _this_request.serving, _this_request.version = True, None


def request_finished(**kwargs) -> None:
    _this_request.serving, _this_request.version = False, None


def _new_version() -> str:
    return secrets.token_hex(8)


class Kept(Generic[T]):
    """A value built from what the public can search, kept in this process until the data
    version or the day changes, or `max_age_seconds` pass: changes that send no signal (a
    bulk load elsewhere, an editor's new vocabulary term) show within that, and the few
    seconds a rebuild takes.

    A new version or day is built before it is used. A value only past its age is rebuilt in
    the background while requests keep using it: at tens of thousands of services a rebuild
    takes seconds, which a family's search would otherwise wait for every few minutes."""

    def __init__(self, build: Callable[[], T], *, max_age_seconds: float):
        self.build = build
        self.max_age_seconds = max_age_seconds
        self._lock = threading.Lock()
        self._built: tuple[tuple[str, date], float, T] | None = None
        self._rebuilding = False

    def get(self) -> T:
        version = (data_version(), timezone.localdate())
        with self._lock:
            if self._built is None or self._built[0] != version:
                self._built = (version, monotonic(), self.build())
            elif monotonic() - self._built[1] >= self.max_age_seconds and not self._rebuilding:
                self._rebuilding = True
                threading.Thread(target=self._rebuild, args=(version,), daemon=True).start()
            return self._built[2]

    def _rebuild(self, version: tuple[str, date]) -> None:
        try:
            value = self.build()
        except Exception:
            logger.exception("Could not rebuild what search keeps; the last one is kept")
            built = None
        else:
            built = (version, monotonic(), value)
        finally:
            # This thread's own database connections.
            connections.close_all()
        with self._lock:
            self._rebuilding = False
            if self._built[0] != version:
                return  # a newer version was built meanwhile
            # After a failure, tried again once the age has passed again.
            self._built = built or (version, monotonic(), self._built[2])
