"""The archive file: one SQLite database of articles, claims, facts and block keys.

Written by one process (the build's driver), read by any number of desktops through
plain ``sqlite3`` opened read-only (``mode=ro``): a desktop never needs Dask to read it.
The journal stays a rollback journal, not WAL, so a reader needs no ``-shm`` file and
no write access to the folder.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from annotator.archive.rows import ArticleRows
from annotator.errors import UserError
from annotator.extract import EXTRACTOR_VERSION
from annotator.linking.facts import Fact, from_row
from annotator.linking.retrieval import keys
from annotator.textio import shown_path

FORMAT = "1"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
    published TEXT, edition INTEGER, source TEXT, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, text TEXT NOT NULL, value REAL NOT NULL, value_high REAL,
    unit TEXT, qualifier TEXT NOT NULL, kind TEXT NOT NULL, metric TEXT, entity TEXT,
    period TEXT);
CREATE TABLE IF NOT EXISTS facts (claim_id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL,
    row TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS keys (key TEXT NOT NULL, year INTEGER NOT NULL, owner TEXT NOT NULL,
    claim_id INTEGER NOT NULL, PRIMARY KEY (key, year, owner, claim_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS key_sizes (key TEXT PRIMARY KEY, facts INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS keys_written (key TEXT NOT NULL, year INTEGER NOT NULL,
    owner TEXT NOT NULL, claim_id INTEGER NOT NULL);
"""
# Block keys land in the index by key, so each part's keys fall all over it: inserted
# part by part, every commit rewrote thousands of scattered pages (the driver wrote for
# 368 of a 590 s build of 100,000 articles). So parts append their keys to
# ``keys_written`` and the build moves them into ``keys`` once, sorted.
WRITER_CACHE_KB = 256 * 1024
# The tables compared row for row, each with its order.
TABLES = {"meta": "key", "articles": "id", "claims": "id", "facts": "claim_id",
          "keys": "key, year, owner, claim_id", "key_sizes": "key"}
# A key this many archived facts share is narrowed to the checked fact's year, then its
# owner; still more, it is boilerplate (同比增长 across years of papers) and passed over,
# as the finder passes over such a block in a full run.
WIDE_KEY = 500


class Writer:
    """Adds articles to an archive, creating it if needed; one transaction a part, so
    a build stopped half-way keeps what it wrote and the next build goes on from there
    (its keys included: ``finish`` files the keys written, at the end of a build or at
    the start of the next)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None)
            self.conn.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise UserError(f"{shown_path(self.path)}: not an archive we can write ({exc})") from None
        meta = dict(self.conn.execute("SELECT key, value FROM meta"))
        if meta and (meta.get("format"), meta.get("extractor")) != (FORMAT, EXTRACTOR_VERSION):
            self.conn.close()
            raise UserError(f"{shown_path(self.path)}: built by extractor {meta.get('extractor')} "
                            f"(format {meta.get('format')}); this is {EXTRACTOR_VERSION}: "
                            "build a new archive")
        self.conn.executemany("INSERT OR IGNORE INTO meta VALUES (?, ?)",
                              [("format", FORMAT), ("extractor", EXTRACTOR_VERSION)])
        self.conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KB}")
        self.finish()

    def next_id(self) -> int:
        return (self.conn.execute("SELECT max(id) FROM articles").fetchone()[0] or 0) + 1

    def known(self, names: Iterable[str]) -> set[str]:
        """Which of ``names`` are archived already."""
        found = set()
        for name in names:
            if self.conn.execute("SELECT 1 FROM articles WHERE name = ?", (name,)).fetchone():
                found.add(name)
        return found

    def add(self, articles: list[ArticleRows]) -> None:
        with self.conn:
            self.conn.execute("BEGIN")
            self.conn.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
                                  [a.article for a in articles])
            self.conn.executemany(f"INSERT INTO claims VALUES ({', '.join('?' * 13)})",
                                  [c for a in articles for c in a.claims])
            self.conn.executemany("INSERT INTO facts VALUES (?, ?, ?)", [f for a in articles for f in a.facts])
            self.conn.executemany("INSERT INTO keys_written VALUES (?, ?, ?, ?)",
                                  [k for a in articles for k in a.keys])

    def finish(self) -> None:
        """File the keys written into the index, in its order, and count them."""
        with self.conn:
            self.conn.execute("BEGIN")
            self.conn.execute("INSERT INTO keys SELECT * FROM keys_written ORDER BY key, year, owner, claim_id")
            self.conn.execute("INSERT INTO key_sizes SELECT key, count(*) FROM keys_written WHERE true "
                              "GROUP BY key ON CONFLICT (key) DO UPDATE SET facts = facts + excluded.facts")
            self.conn.execute("DELETE FROM keys_written")

    def close(self) -> None:
        self.conn.close()


class Archive:
    """An archive opened read-only: the facts that share block keys with given facts."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if not self.path.is_file():
            raise UserError(f"{shown_path(self.path)}: no such archive")
        uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
        try:
            self.conn = sqlite3.connect(uri, uri=True)
            meta = dict(self.conn.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError as exc:
            raise UserError(f"{shown_path(self.path)}: not an archive ({exc})") from None
        if meta.get("format") != FORMAT:
            self.conn.close()
            raise UserError(f"{shown_path(self.path)}: archive format {meta.get('format')}, "
                            f"this program reads {FORMAT}")

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def articles(self) -> int:
        count: int = self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        return count

    def fact(self, claim_id: int) -> Fact:
        """The fact of a (negated) archived claim id, as ``facts_near`` gives it."""
        found = self.conn.execute("SELECT row FROM facts WHERE claim_id = ?", (-claim_id,)).fetchone()
        if found is None:
            raise UserError(f"{shown_path(self.path)}: no claim {-claim_id}")
        return _negated(json.loads(found[0]))

    def article(self, article_id: int) -> tuple[str, str]:
        """The title and text of the article a fact's (negated) ``article_id`` names."""
        found = self.conn.execute("SELECT title, text FROM articles WHERE id = ?", (-article_id,)).fetchone()
        if found is None:
            raise UserError(f"{shown_path(self.path)}: no article {-article_id}")
        return found[0], found[1]

    def facts_near(self, facts: Iterable[Fact]) -> list[Fact]:
        """The archived facts that share a block key with any of ``facts``, by indexed
        reads, ids negated so they never meet a store's ids."""
        claim_ids: set[int] = set()
        for key, year, owner in sorted({(key, f.when.year or 0, f.entity or "")
                                        for f in facts for key in keys(f)}):
            claim_ids.update(self._filed(key, year, owner))
        rows = self.conn.execute(
            "SELECT row FROM facts WHERE claim_id IN (SELECT value FROM json_each(?)) ORDER BY claim_id",
            (json.dumps(sorted(claim_ids)),))
        return [_negated(json.loads(row)) for (row,) in rows]

    def _filed(self, key: str, year: int, owner: str) -> list[int]:
        """The claims filed under ``key``. A wide key is narrowed as the finder splits a
        large block: to the year (the undated join every year), then to the owner (the
        ownerless join every owner); still wide, it is boilerplate and gives none."""
        size = self.conn.execute("SELECT facts FROM key_sizes WHERE key = ?", (key,)).fetchone()
        if size is None:
            return []
        if size[0] <= WIDE_KEY:
            return [i for (i,) in self.conn.execute("SELECT claim_id FROM keys WHERE key = ?", (key,))]
        narrower: list[tuple[str, tuple[object, ...]]] = []
        clause, params = "", tuple[object, ...]()
        if year:
            clause, params = " AND year IN (?, 0)", (year,)
            narrower.append((clause, params))
        if owner:
            narrower.append((clause + " AND owner IN (?, '')", (*params, owner)))
        for clause, params in narrower:
            found = self.conn.execute(f"SELECT claim_id FROM keys WHERE key = ?{clause} LIMIT ?",
                                      (key, *params, WIDE_KEY + 1)).fetchall()
            if len(found) <= WIDE_KEY:
                return [i for (i,) in found]
        return []


def _negated(row: dict[str, Any]) -> Fact:
    row["claim_id"], row["article_id"] = -row["claim_id"], -row["article_id"]
    return from_row(row)
