"""A test database that refuses for a while, as a busy or read-only one does in production,
on SQLite and on PostgreSQL alike."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection, connections

# How long a writer on the tests' own connection waits for another's lock on PostgreSQL
# before it is refused: SQLite's shared-cache test database refuses at once, and a server
# with a lock_timeout (or a deadlock, or a serialisation failure) refuses too.
POSTGRESQL_LOCK_TIMEOUT = "100ms"


@contextmanager
def another_writer_holding(
    table: str, *, seconds: float = 30, refuse: bool = True
) -> Iterator[None]:
    """Another connection, in a transaction of its own, holds the write lock on `table`
    while the block runs, for `seconds` at most: a block that outlasts it sees the lock
    go. With `refuse`, a write on the tests' own connection is refused rather than kept
    waiting on PostgreSQL too; without it, PostgreSQL keeps it waiting, as it does unless
    told otherwise. Use it in a test with `transaction=True`: a test's own transaction
    would hold locks of its own."""
    held, release, failed = threading.Event(), threading.Event(), []

    def hold() -> None:
        other = connections.create_connection("default")
        try:
            with other.cursor() as cursor:
                if other.vendor == "postgresql":
                    cursor.execute("BEGIN")
                    cursor.execute(f"LOCK TABLE {table} IN EXCLUSIVE MODE")
                else:
                    cursor.execute("BEGIN IMMEDIATE")
                    cursor.execute(f"UPDATE {table} SET id = id")  # noqa: S608 - a model's table
                held.set()
                release.wait(seconds)
                cursor.execute("ROLLBACK")
        except Exception as error:  # reported to the test, which would otherwise wait
            failed.append(error)
            held.set()
        finally:
            other.close()

    thread = threading.Thread(target=hold)
    thread.start()
    if not held.wait(10) or failed:
        release.set()
        thread.join()
        raise failed[0] if failed else TimeoutError(f"no other writer could lock {table}")
    try:
        if refuse:
            with _refusing_rather_than_waiting():
                yield
        else:
            yield
    finally:
        release.set()
        thread.join()


@contextmanager
def _refusing_rather_than_waiting() -> Iterator[None]:
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(f"SET lock_timeout = '{POSTGRESQL_LOCK_TIMEOUT}'")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET lock_timeout")


@contextmanager
def read_only_database() -> Iterator[None]:
    """The database reads but refuses every write, as a replica, a full disk or a file
    without write permission does. On PostgreSQL it applies to transactions that start
    inside the block: use it in a test with `transaction=True`."""
    on, off = (
        ("SET default_transaction_read_only = on", "RESET default_transaction_read_only")
        if connection.vendor == "postgresql"
        else ("PRAGMA query_only = ON", "PRAGMA query_only = OFF")
    )
    with connection.cursor() as cursor:
        cursor.execute(on)
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(off)
