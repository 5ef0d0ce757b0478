"""Opening store files: versions, refusals that leave the file alone, locks, defaults."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from annotator.store import NewerStoreError, NotAStoreError, Store, StoreBusyError, db, schema
from annotator.store.settings import default_store_path


def _pragma(path, name):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def _fingerprint(path):
    return path.read_bytes(), path.stat().st_mtime_ns


def test_a_new_store_is_versioned_wal_and_checks_foreign_keys(tmp_path):
    path = tmp_path / "new" / "annotator.db"
    with Store(path, editor="amy") as store:
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == db.BUSY_TIMEOUT_MS
    assert _pragma(path, "user_version") == schema.schema_version()
    assert _pragma(path, "journal_mode") == "wal"
    assert _pragma(path, "application_id") == schema.APPLICATION_ID


def test_a_store_from_a_newer_version_is_refused_and_left_untouched(seeded_path):
    conn = sqlite3.connect(seeded_path)
    conn.execute(f"PRAGMA user_version = {schema.schema_version() + 1}")
    conn.close()
    before = _fingerprint(seeded_path)
    with pytest.raises(NewerStoreError, match="newer version of annotator"):
        Store(seeded_path)
    assert _fingerprint(seeded_path) == before
    assert not seeded_path.with_name(seeded_path.name + "-wal").exists()


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("这不是数据库，只是一段文字。\n" * 50, encoding="utf-8")
    before = _fingerprint(path)
    with pytest.raises(NotAStoreError, match="not a SQLite database"):
        Store(path)
    assert _fingerprint(path) == before


def test_another_programs_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAStoreError, match="not an annotator store"):
        Store(path)
    assert _pragma(path, "journal_mode") == "delete"  # not switched to WAL: untouched


def test_an_older_store_is_copied_before_it_is_migrated(seeded_path, monkeypatch):
    def add_tags(conn):
        conn.execute("CREATE TABLE tags (claim_id INTEGER REFERENCES claims(id), tag TEXT)")

    old = schema.schema_version()
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_tags])
    with Store(seeded_path) as store:
        assert "tags" in store.db.table_names()
        articles = len(store.articles())
    assert _pragma(seeded_path, "user_version") == old + 1
    copies = list(seeded_path.parent.glob(seeded_path.name + f".v{old}-*.bak"))
    assert len(copies) == 1
    assert _pragma(copies[0], "user_version") == old
    conn = sqlite3.connect(copies[0])
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == articles
    conn.close()


def test_a_store_locked_too_long_is_reported_as_busy(seeded_path, monkeypatch):
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)
    with Store(seeded_path, editor="amy") as store:
        claim = store.claims(1)[0]
        holder = sqlite3.connect(seeded_path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreBusyError, match="busy"):
                store.decide(claim.id, claim.version, "confirmed")
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert store.claim(claim.id).status == "unchecked"
        store.decide(claim.id, claim.version, "confirmed")  # and works once it is free


def test_the_history_cannot_be_rewritten(seeded):
    claim = seeded.claims(1)[0]
    seeded.decide(claim.id, claim.version, "confirmed")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        seeded.conn.execute("UPDATE events SET editor = 'mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        seeded.conn.execute("DELETE FROM events")


def test_default_store_path_honours_annotator_db_then_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("ANNOTATOR_DB", str(tmp_path / "mine.db"))
    assert default_store_path() == tmp_path / "mine.db"
    monkeypatch.delenv("ANNOTATOR_DB")
    if sys.platform.startswith("linux"):
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
        assert default_store_path() == tmp_path / "data" / "annotator" / "annotator.db"


def test_the_store_package_loads_no_qt():
    probe = ("import sys, annotator.store, annotator.store.export, annotator.store.bench, "
             "annotator.commands.store\n"
             "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt'))])")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_a_version_1_store_gains_reason_codes_and_keeps_its_links(tmp_path):
    path = tmp_path / "v1.db"
    with Store(path, editor="amy") as store:
        store.import_text("a.txt", "重庆外贸进出口总值达2215.5亿元。")
        store.import_text("b.txt", "重庆外贸进出口总值达2251.5亿元。")
        store.link([store.claims(a.id)[0].id for a in store.articles()], "conflict",
                   reason="typed by hand")
    conn = sqlite3.connect(path)  # the store as version 1 wrote it
    conn.executescript("ALTER TABLE links DROP COLUMN code; ALTER TABLE links DROP COLUMN params;"
                       "PRAGMA user_version = 1;")
    conn.close()
    with Store(path, editor="amy") as store:
        (link,) = store.links()
        assert (link.reason, link.code, link.params) == ("typed by hand", None, None)
    assert _pragma(path, "user_version") == schema.schema_version()
