"""Block keys a bulk import stages, filed into ``fact_keys`` in key order when it ends.

A block key is a hash, so one file's keys land at scattered places of the key index:
filed file by file, every commit rewrote thousands of its pages, at 10,000 articles half
of the writer's time, and more as the store grows. Staged, a file's keys are appended
(their only index is by claim, which grows at its end), and filing writes each page of
the key index once, in one sorted pass.

Until filed, staged keys are facts' keys all the same: rebuilding an article's facts
drops its staged keys with the rest. The finder's indexed reads see them once filed:
the import files them as it ends (cancelled or not), and ``Store.refresh_facts``, which
every finder run calls first, files what an import killed part-way left staged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any


def stage(conn: sqlite3.Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Stage ``fact_keys`` rows (key, value, claim_id, year, entity)."""
    conn.executemany("INSERT INTO fact_keys_staged (key, value, claim_id, year, entity) "
                     "VALUES (?, ?, ?, ?, ?)", rows)


def waiting(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM fact_keys_staged LIMIT 1").fetchone() is not None


def file(conn: sqlite3.Connection) -> None:
    """File every staged key into ``fact_keys``; in the caller's transaction."""
    if waiting(conn):
        conn.execute("INSERT INTO fact_keys (key, value, claim_id, year, entity) "
                     "SELECT key, value, claim_id, year, entity FROM fact_keys_staged "
                     "ORDER BY key, value, claim_id")
        conn.execute("DELETE FROM fact_keys_staged")


def drop(conn: sqlite3.Connection, article_id: int) -> None:
    """Drop the staged keys of an article's facts (before its facts go)."""
    conn.execute("DELETE FROM fact_keys_staged WHERE claim_id IN "
                 "(SELECT claim_id FROM facts WHERE article_id = ?)", (article_id,))
