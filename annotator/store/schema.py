"""The store's tables, its version in ``PRAGMA user_version``, and forward migrations.

A file is checked before anything is written to it: a file that is not SQLite, a SQLite
file of another program, or a store written by a newer version is refused and left
byte-for-byte as it was. An older store is copied beside itself before it is migrated,
so a failed or regretted upgrade can be undone by hand.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from annotator.store.errors import NewerStoreError, NotAStoreError

# "SHHE" (数核) in ASCII: marks the file as ours for `file(1)` and for the check below.
APPLICATION_ID = 0x53484845

_V1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,          -- path relative to the folder imported
    title TEXT NOT NULL,
    source_path TEXT,
    content_hash TEXT NOT NULL,         -- sha256 of text
    text TEXT NOT NULL,                 -- the guide's text: every offset refers to it
    published TEXT,                     -- ISO date, guessed at import, editable
    edition INTEGER,                    -- the fair's edition (第八届 -> 8), editable
    imported_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL,
    value_high REAL,
    unit TEXT,
    qualifier TEXT,
    kind TEXT,
    metric TEXT,
    entity TEXT,
    period TEXT,
    -- the characters either side of the span: re-import finds the claim again by them
    anchor_before TEXT NOT NULL DEFAULT '',
    anchor_after TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT 'extractor' CHECK (origin IN ('extractor', 'editor')),
    extractor_version TEXT,
    status TEXT NOT NULL DEFAULT 'unchecked'
        CHECK (status IN ('unchecked', 'confirmed', 'corrected', 'rejected')),
    corrected_value REAL,
    corrected_unit TEXT,
    corrected_qualifier TEXT,
    note TEXT,
    evidence TEXT,
    decided_by TEXT,
    decided_at TEXT,
    -- a decision whose claim the current text no longer holds: kept, never dropped
    orphaned INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX claims_article_start ON claims(article_id, start);
CREATE INDEX claims_status ON claims(status, id);
CREATE INDEX claims_orphaned ON claims(article_id) WHERE orphaned;
CREATE INDEX claims_noted ON claims(article_id) WHERE note IS NOT NULL OR evidence IS NOT NULL;

-- Claims per article and status, kept by triggers: a status count over a million
-- claims and the articles panel's progress bars read these rows instead of the claims.
CREATE TABLE claim_counts (
    article_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (article_id, status)
) WITHOUT ROWID;
CREATE INDEX claim_counts_status ON claim_counts(status);

CREATE TRIGGER claims_count_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claim_counts (article_id, status, n) VALUES (new.article_id, new.status, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER claims_count_delete AFTER DELETE ON claims BEGIN
    UPDATE claim_counts SET n = n - 1 WHERE article_id = old.article_id AND status = old.status;
END;
CREATE TRIGGER claims_count_update AFTER UPDATE OF status ON claims
WHEN old.status IS NOT new.status BEGIN
    UPDATE claim_counts SET n = n - 1 WHERE article_id = old.article_id AND status = old.status;
    INSERT INTO claim_counts (article_id, status, n) VALUES (new.article_id, new.status, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER articles_count_delete AFTER DELETE ON articles BEGIN
    DELETE FROM claim_counts WHERE article_id = old.id;
END;

CREATE TABLE links (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    relation TEXT NOT NULL CHECK (relation IN ('same', 'conflict', 'related', 'inconsistent')),
    origin TEXT NOT NULL CHECK (origin IN ('suggested', 'editor')),
    state TEXT NOT NULL CHECK (state IN ('suggested', 'accepted', 'dismissed')),
    -- sorted member claim ids: one link per set of claims, so a dismissed
    -- suggestion is never suggested again
    members_key TEXT NOT NULL UNIQUE,
    reason TEXT,
    score REAL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE link_members (
    link_id INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    PRIMARY KEY (link_id, claim_id)
) WITHOUT ROWID;
CREATE INDEX link_members_claim ON link_members(claim_id);

-- A link stands for all its members together: losing one member ends it.
CREATE TRIGGER claims_end_links BEFORE DELETE ON claims BEGIN
    DELETE FROM links WHERE id IN (SELECT link_id FROM link_members WHERE claim_id = old.id);
END;

CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    editor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,               -- claim | link | article | article_info
    entity_id INTEGER NOT NULL,
    article_id INTEGER,                 -- no foreign key: history outlives a deleted article
    before TEXT,                        -- JSON; NULL: the entity did not exist
    after TEXT,                         -- JSON; NULL: the entity no longer exists
    undoes INTEGER REFERENCES events(id)
);
CREATE INDEX events_editor ON events(editor, id);
CREATE INDEX events_entity ON events(entity, entity_id);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_undoes ON events(undoes);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN
    SELECT RAISE(ABORT, 'the history is append-only');
END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN
    SELECT RAISE(ABORT, 'the history is append-only');
END;

-- Full-text search over the articles' texts; see search.py for why trigram. New and
-- changed texts wait in fts_pending and are indexed at the end of a write, or in
-- batches during a bulk import (one index flush per file would triple its time).
CREATE VIRTUAL TABLE articles_fts USING fts5(
    text, content='articles', content_rowid='id', tokenize='trigram'
);
CREATE TABLE fts_pending (article_id INTEGER PRIMARY KEY);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT OR IGNORE INTO fts_pending (article_id) VALUES (new.id);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, text) SELECT 'delete', old.id, old.text
        WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE article_id = old.id);
    DELETE FROM fts_pending WHERE article_id = old.id;
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, text) SELECT 'delete', old.id, old.text
        WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE article_id = old.id);
    INSERT OR IGNORE INTO fts_pending (article_id) VALUES (new.id);
END;
"""


def _create_v1(conn: sqlite3.Connection) -> None:
    for statement in _statements(_V1):
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _statements(script: str) -> list[str]:
    """Split a script on complete statements (trigger bodies hold semicolons)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s]


def missing_tables(conn: sqlite3.Connection) -> list[str]:
    """The first version's tables that a damaged (or hand-edited) store has lost."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [t for t in _V1_TABLES if t not in present]


_V1_TABLES = re.findall(r"CREATE (?:VIRTUAL )?TABLE (\w+)", _V1)

def _reason_codes_v2(conn: sqlite3.Connection) -> None:
    """A suggestion's reason as a code and its parameters (JSON), so the app can say it in
    the editor's language; links stored before keep their English reason only."""
    conn.execute("ALTER TABLE links ADD COLUMN code TEXT")
    conn.execute("ALTER TABLE links ADD COLUMN params TEXT")


def _disputed_v3(conn: sqlite3.Connection) -> None:
    """The status 'disputed' (存疑). Widening a CHECK changes no row on disk, so SQLite's
    documented short path applies: edit the table's SQL in place and bump schema_version,
    instead of rebuilding a million-row table whose deletion would cascade into links."""
    old = "CHECK (status IN ('unchecked', 'confirmed', 'corrected', 'rejected'))"
    new = "CHECK (status IN ('unchecked', 'confirmed', 'corrected', 'rejected', 'disputed'))"
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'claims'").fetchone()[0]
    if new in sql:
        return  # a store whose version was set back by hand: nothing to widen
    if old not in sql:
        raise sqlite3.DatabaseError("claims table: the status check is not the one expected")
    schema_cookie = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'claims'",
                     (sql.replace(old, new),))
        conn.execute(f"PRAGMA schema_version = {schema_cookie + 1}")  # others re-read it
    finally:
        conn.execute("PRAGMA writable_schema = OFF")


_FACTS_V4 = """
-- Each claim's fact for the finder (linking.facts.to_row, packed by store/facts.py),
-- written in the transaction that changes its claim or article.
CREATE TABLE IF NOT EXISTS facts (
    claim_id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL,
    value REAL NOT NULL,
    keys TEXT NOT NULL,                 -- its block keys' hashes: where its fact_keys rows are
    row BLOB NOT NULL
);
-- by value too: a draft's figure found in a candidate's article under another owner
-- or year (judged "other_entity", "other_period") is read without the whole article
CREATE INDEX IF NOT EXISTS facts_article ON facts(article_id, value);

-- Block keys by hash: a draft's candidates by indexed range reads; by value within a
-- key, so a large block is read as the window of values around a figure.
CREATE TABLE IF NOT EXISTS fact_keys (
    key INTEGER NOT NULL,
    value REAL NOT NULL,
    claim_id INTEGER NOT NULL,
    year INTEGER,
    entity TEXT,
    PRIMARY KEY (key, value, claim_id)
) WITHOUT ROWID;

-- The facts version an article's facts were built by; none: not built yet.
CREATE TABLE IF NOT EXISTS fact_articles (article_id INTEGER PRIMARY KEY, version TEXT NOT NULL);

-- Articles whose facts a write changed: rebuilt before that write commits.
CREATE TABLE IF NOT EXISTS facts_pending (article_id INTEGER PRIMARY KEY);
CREATE TRIGGER IF NOT EXISTS claims_facts_insert AFTER INSERT ON claims BEGIN
    INSERT OR IGNORE INTO facts_pending VALUES (new.article_id);
END;
CREATE TRIGGER IF NOT EXISTS claims_facts_delete AFTER DELETE ON claims BEGIN
    INSERT OR IGNORE INTO facts_pending VALUES (old.article_id);
END;
CREATE TRIGGER IF NOT EXISTS claims_facts_update AFTER UPDATE OF start, end, text, value, value_high, unit,
    qualifier, kind, metric, entity, period, status, corrected_value, corrected_unit,
    corrected_qualifier, orphaned, article_id ON claims BEGIN
    INSERT OR IGNORE INTO facts_pending VALUES (old.article_id);
    INSERT OR IGNORE INTO facts_pending VALUES (new.article_id);
END;
CREATE TRIGGER IF NOT EXISTS articles_facts_update AFTER UPDATE OF name, text, published, edition
    ON articles BEGIN
    INSERT OR IGNORE INTO facts_pending VALUES (new.id);
END;
CREATE TRIGGER IF NOT EXISTS articles_facts_delete AFTER DELETE ON articles BEGIN
    INSERT OR IGNORE INTO facts_pending VALUES (old.id);
END;
"""


def _facts_v4(conn: sqlite3.Connection) -> None:
    """Stored facts, so the finder reads them instead of rebuilding every claim's. The
    tables start empty: ``Store.refresh_facts`` builds them once, with progress, as it
    does whenever the facts version changes. IF NOT EXISTS: a store whose version was
    set back by hand keeps its tables."""
    for statement in _statements(_FACTS_V4):
        conn.execute(statement)


def _staged_keys_v5(conn: sqlite3.Connection) -> None:
    """Block keys a bulk import writes, waiting to be filed into ``fact_keys`` in key
    order (staged_keys.py). No primary key: rows are appended, and found by claim only
    (an article's facts rebuilt drop its staged keys too)."""
    conn.execute("CREATE TABLE IF NOT EXISTS fact_keys_staged (key INTEGER NOT NULL, "
                 "value REAL NOT NULL, claim_id INTEGER NOT NULL, year INTEGER, entity TEXT)")
    conn.execute("CREATE INDEX IF NOT EXISTS fact_keys_staged_claim "
                 "ON fact_keys_staged(claim_id)")


def _staged_facts_v6(conn: sqlite3.Connection) -> None:
    """A bulk import stages a row a fact (its year and owner), not one a block key: its
    ``facts`` row lists the keys (staged_keys.py). Keys a killed import left staged the
    old way are filed first."""
    conn.execute("INSERT INTO fact_keys (key, value, claim_id, year, entity) "
                 "SELECT key, value, claim_id, year, entity FROM fact_keys_staged "
                 "ORDER BY key, value, claim_id")
    conn.execute("DROP TABLE fact_keys_staged")
    conn.execute("CREATE TABLE IF NOT EXISTS staged_facts (claim_id INTEGER PRIMARY KEY, "
                 "year INTEGER, entity TEXT)")


# MIGRATIONS[i] takes a store from version i to version i + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_create_v1, _reason_codes_v2,
                                                          _disputed_v3, _facts_v4,
                                                          _staged_keys_v5, _staged_facts_v6]


def schema_version() -> int:
    return len(MIGRATIONS)


def check(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version; refuses what this program must not open. Writes nothing."""
    version: int
    try:
        # one statement, one snapshot: read apart, another program's creation could
        # commit in between and show tables under version 0
        version, app_id, tables = conn.execute(
            "SELECT (SELECT user_version FROM pragma_user_version),"
            " (SELECT application_id FROM pragma_application_id),"
            " (SELECT count(*) FROM sqlite_master)").fetchone()
        has_tables = tables > 0
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise  # the caller reports a busy store
        raise NotAStoreError(f"{path}: not an annotator store (not a SQLite database)") from None
    if app_id not in (0, APPLICATION_ID) or (version == 0 and has_tables):
        raise NotAStoreError(f"{path}: a SQLite database, but not an annotator store")
    if version > schema_version():
        raise NewerStoreError(
            f"{path}: written by a newer version of annotator (store version {version}, "
            f"this program reads up to {schema_version()}); update annotator to open it")
    return version


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Create the store or bring it to the current version, all inside one write lock.

    The version is read again once ``BEGIN IMMEDIATE`` holds the lock: two programs
    opening a new (or old) store at once both saw the version before either wrote, and
    the one that waited must find the work done, not do it twice. The copy made before
    a migration is taken under the same lock, so no write falls between it and the
    migration; every step of ``MIGRATIONS`` runs in this one transaction.
    """
    if check(conn, path) == schema_version():
        return  # the common case: no lock taken just to open a store
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = check(conn, path)
        if 0 < version < schema_version():
            copy_before_migration(conn, path, version)
        for step in range(version, schema_version()):
            MIGRATIONS[step](conn)
            conn.execute(f"PRAGMA user_version = {step + 1}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def copy_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """``annotator.db`` → ``annotator.db.v1-20250524T101500.bak``, by SQLite's backup API.

    ``conn`` holds the write lock, and SQLite's backup cannot read through a connection
    that is writing: a second connection reads the committed store, which nobody can
    change while the lock is held.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    copy = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    source, target = sqlite3.connect(path), sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    return copy
