"""Copies of the SQLite test database, taken and put back with SQLite's backup API: a whole
database in milliseconds, where loading or saving its rows again takes seconds."""

import sqlite3


def sqlite_copy(connection) -> sqlite3.Connection:
    """An in-memory copy of the database behind a Django SQLite connection; put it back with
    `copy.backup(connection.connection)`."""
    connection.ensure_connection()
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    connection.connection.backup(copy)
    return copy
