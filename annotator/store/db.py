"""Opening a store file: the checks, the connection settings, and write transactions.

Writes always start with ``BEGIN IMMEDIATE``: it takes the write lock up front, so a
second window waits (up to the busy timeout) instead of failing half-way through a
read-then-write transaction, which SQLite cannot retry on its own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from annotator.store import schema
from annotator.store.errors import StoreBusyError, StoreError

BUSY_TIMEOUT_MS = 5000


def open_database(path: Path) -> sqlite_utils.Database:
    """Open (creating if need be) and migrate the store at ``path``."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a store file")
    path.parent.mkdir(parents=True, exist_ok=True)
    # isolation_level=None: this module, not the sqlite3 driver, opens transactions.
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        with translate_errors(path):
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            schema.check(conn, path)  # before anything writes to the file
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            schema.migrate(conn, path)
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn, execute_plugins=False)


@contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """SQLite's lock and disk errors as one-line messages naming the store."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc)
        if "locked" in text or "busy" in text:
            raise StoreBusyError(
                f"{path}: the store is busy (another program has held it for over "
                f"{BUSY_TIMEOUT_MS // 1000} s); try again") from None
        if "disk" in text or "readonly" in text or "unable to open" in text:
            raise StoreError(f"{path}: {text}") from None
        raise


@contextmanager
def transaction(db: sqlite_utils.Database, path: Path) -> Iterator[sqlite3.Connection]:
    """One write transaction: everything inside commits together or not at all."""
    conn = db.conn
    with translate_errors(path):
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
