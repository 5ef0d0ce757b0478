"""Rows as dicts: read one, insert one, update one with its version bumped.

Written by hand, not with sqlite-utils' ``Table`` API: every update here also bumps
``version = version + 1`` in the same statement (how a stale editor is refused), which
``Table.update`` cannot express; and ``Table.insert``/``update`` read the table's
columns and open a savepoint on every call (~80 µs a row against ~3 µs here), where
undoing an import puts back thousands of claims one row at a time.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from annotator.store.errors import NotFoundError, StaleError

Row = dict[str, Any]  # column name → value, as SQLite returns it


def row(conn: sqlite3.Connection, table: str, row_id: int) -> Row | None:
    cur = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    values = cur.fetchone()
    return None if values is None else dict(zip((d[0] for d in cur.description), values))


def row_at_version(conn: sqlite3.Connection, table: str, row_id: int, version: int) -> Row:
    """The row, if it is still at the version the editor loaded; else a clear refusal."""
    current = row(conn, table, row_id)
    what = table.rstrip("s")
    if current is None:
        raise NotFoundError(f"{what} {row_id} does not exist (deleted, or its article was)")
    if current["version"] != version:
        label = f" “{current['text']}”" if table == "claims" else f" {row_id}"
        who = current.get("decided_by")
        by = f" by {who}" if who else ""
        raise StaleError(f"the {what}{label} was changed{by} since you loaded it; nothing "
                         "was saved: look at it again and redo your change")
    return current


def insert_row(conn: sqlite3.Connection, table: str, values: Row) -> int:
    """Insert a row; its id."""
    names = ", ".join(values)
    marks = ", ".join("?" * len(values))
    cur = conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values.values()))
    assert cur.lastrowid is not None  # set by every INSERT into a rowid table
    return cur.lastrowid


def update_row(conn: sqlite3.Connection, table: str, row_id: int, values: Row) -> None:
    """Set ``values`` and bump the row version, so editors holding the old one are refused."""
    sets = ", ".join(f"{name} = ?" for name in values)
    conn.execute(f"UPDATE {table} SET {sets}, version = version + 1 WHERE id = ?",
                 (*values.values(), row_id))
