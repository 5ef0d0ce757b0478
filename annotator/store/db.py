"""Opening a store file: the checks, the connection settings, and write transactions.

Writes always start with ``BEGIN IMMEDIATE``: it takes the write lock up front, so a
second window waits (up to the busy timeout) instead of failing half-way through a
read-then-write transaction, which SQLite cannot retry on its own.
"""

from __future__ import annotations

import os
import sqlite3
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from annotator.store import recovery, schema
from annotator.store.errors import StoreBusyError, StoreError

BUSY_TIMEOUT_MS = 5000


def open_database(path: Path) -> tuple[sqlite_utils.Database, bool]:
    """Open (creating if need be) and migrate the store at ``path``; whether it is
    read-only. A store this user may read but not write (its file, or its folder, which
    SQLite writes beside it) is opened read-only, and every write is refused."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a store file")
    read_only = _access(path)
    if read_only:
        conn = sqlite3.connect(_read_only_uri(path), uri=True, isolation_level=None,
                               timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        # isolation_level=None: this module, not the sqlite3 driver, opens transactions.
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        with translate_errors(path):
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            version = schema.check(conn, path)  # before anything writes to the file
            if read_only and version != schema.schema_version():
                raise StoreError(f"{path}: this store needs an upgrade, but it is read-only "
                                 "here; open it where it can be written once")
            if not read_only:
                _write_ahead_log(conn)
                conn.execute("PRAGMA synchronous = NORMAL")
                schema.migrate(conn, path)
            missing = schema.missing_tables(conn)
            if missing:
                raise recovery.corrupted(path, f"tables missing: {', '.join(missing)}")
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn, execute_plugins=False), read_only


def _write_ahead_log(conn: sqlite3.Connection) -> None:
    """Turn on WAL. Switching needs the file to itself and SQLite does not wait for that
    (no busy handler): when another program creating the store at the same moment holds
    it, wait here until it has switched (then there is nothing to do) or let go."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _access(path: Path) -> bool:
    """Whether the store must be opened read-only; a clear error when it cannot be opened.
    (As root every check passes, as SQLite's own would.)"""
    folder = path.parent
    if path.exists():
        try:
            with open(path, "rb") as f:
                f.read(1)
        except OSError as exc:
            raise StoreError(f"{path}: cannot read the store ({exc.strerror})") from None
        return not (os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{path}: cannot create a store here ({exc.strerror})") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(f"{path}: cannot create a store here (the folder is read-only)")
    return False


def _read_only_uri(path: Path) -> str:
    """SQLite reads a WAL store only through its ``-shm`` file. Where that does not exist
    and cannot be made (a read-only folder), no program is writing the store through a
    WAL either, so it is read as an unchanging file."""
    uri = "file:" + urllib.parse.quote(os.path.abspath(path)) + "?mode=ro"
    shm = path.with_name(path.name + "-shm")
    if not shm.exists() and not os.access(path.parent, os.W_OK | os.X_OK):
        uri += "&immutable=1"
    return uri


@contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """SQLite's lock, disk and damage errors as one-line messages naming the store."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc)
        if "locked" in text or "busy" in text:
            raise StoreBusyError(
                f"{path}: the store is busy (another program has held it for over "
                f"{BUSY_TIMEOUT_MS // 1000} s); try again") from None
        if "readonly" in text:
            raise StoreError(f"{path}: the store is read-only here (its file or folder "
                             "cannot be written); nothing was changed") from None
        if "no such table" in text or "no such column" in text:
            raise recovery.corrupted(path, text) from None
        if "disk" in text or "unable to open" in text or "full" in text:
            raise StoreError(f"{path}: {text}") from None
        raise
    except sqlite3.DatabaseError as exc:  # "database disk image is malformed", ...
        raise recovery.corrupted(path, str(exc)) from None


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
