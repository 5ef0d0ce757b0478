"""Full-text search for Chinese: FTS5 ``trigram`` for 3+ characters, a scan below that.

Chinese has no spaces, so word tokenizers (``unicode61``) see a whole clause as one
token and find nothing inside it. The ``trigram`` tokenizer indexes every run of three
characters, so any query of three or more characters (``进出口``, ``1804列``) is an index
lookup. It cannot answer one or two characters (``渝``, ``重庆``); for those the texts are
scanned with ``instr``. That is exact, where a jieba-segmented column would miss
``重庆`` inside the word ``重庆市`` and would tie the index to jieba's dictionary; and a
scan of 25 MB of text (10,000 articles) takes tens of milliseconds, which is fine for
a query an editor types by hand.

Texts wait in ``fts_pending`` until ``index_pending`` puts them in the index (at the end
of each write, in batches during a bulk import); until then they are scanned, so a
search never misses an article, even after a crash mid-import.

Hits are places, not just articles: every occurrence in the text (with the claim it
falls in, if any), and editors' notes and evidence that mention the query.
"""

from __future__ import annotations

import re
import sqlite3

from annotator.store.records import SearchHit

TRIGRAM = 3
# The bytes of new entries the index buffers in memory (FTS5's ``hashsize``, set once a
# store; 1 MB by default): a bulk import's batch of texts is written as one segment,
# not as a dozen merged after (0.8 ms an article indexed, 0.35 ms so).
BUFFER = 8 * 1024 * 1024
_SNIPPET = 20


def search(conn: sqlite3.Connection, query: str, limit: int = 100) -> list[SearchHit]:
    query = query.strip()
    if not query:
        return []
    hits = _text_hits(conn, query, limit)
    return hits + _note_hits(conn, query, limit - len(hits))


def waiting(conn: sqlite3.Connection) -> int:
    """How many texts wait to be indexed."""
    count: int = conn.execute("SELECT count(*) FROM fts_pending").fetchone()[0]
    return count


def index_pending(conn: sqlite3.Connection) -> None:
    """Index the texts waiting in ``fts_pending``; in the caller's transaction."""
    if conn.execute("SELECT 1 FROM articles_fts_config WHERE k = 'hashsize'").fetchone() is None:
        conn.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', ?)",
                     (BUFFER,))
    conn.execute("INSERT INTO articles_fts (rowid, text) SELECT a.id, a.text "
                 "FROM fts_pending p JOIN articles a ON a.id = p.article_id")
    conn.execute("DELETE FROM fts_pending")


def _matching_articles(conn: sqlite3.Connection, query: str) -> sqlite3.Cursor:
    if len(query) >= TRIGRAM:
        phrase = '"' + query.replace('"', '""') + '"'
        return conn.execute(
            "SELECT a.id, a.name, a.title, a.text FROM articles_fts f "
            "JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ? "
            "UNION ALL SELECT a.id, a.name, a.title, a.text FROM fts_pending p "
            "JOIN articles a ON a.id = p.article_id WHERE instr(lower(a.text), lower(?)) > 0 "
            "ORDER BY 1", (phrase, query))
    return conn.execute("SELECT id, name, title, text FROM articles "
                        "WHERE instr(lower(text), lower(?)) > 0 ORDER BY id", (query,))


def _text_hits(conn: sqlite3.Connection, query: str, limit: int) -> list[SearchHit]:
    pattern = re.compile(re.escape(query), re.IGNORECASE)  # as the index: ASCII case folded
    hits: list[SearchHit] = []
    for article_id, name, title, text in _matching_articles(conn, query):
        for m in pattern.finditer(text):
            if len(hits) >= limit:
                return hits
            hits.append(SearchHit(article_id, name, title, m.start(), m.end(),
                                  _snippet(text, m.start(), m.end()),
                                  _claim_at(conn, article_id, m.start(), m.end())))
    return hits


def _note_hits(conn: sqlite3.Connection, query: str, limit: int) -> list[SearchHit]:
    if limit <= 0:
        return []
    rows = conn.execute(
        "SELECT c.id, c.article_id, a.name, a.title, c.start, c.end, "
        "coalesce(c.note, '') || ' ' || coalesce(c.evidence, '') FROM claims c "
        "JOIN articles a ON a.id = c.article_id "
        "WHERE (c.note IS NOT NULL OR c.evidence IS NOT NULL) "
        "AND instr(lower(coalesce(c.note, '') || ' ' || coalesce(c.evidence, '')), lower(?)) > 0 "
        "ORDER BY c.id LIMIT ?", (query, limit))
    return [SearchHit(article_id, name, title, start, end, notes.strip(), claim_id)
            for claim_id, article_id, name, title, start, end, notes in rows]


def _claim_at(conn: sqlite3.Connection, article_id: int, start: int, end: int) -> int | None:
    """The claim whose span overlaps the hit, if any (claims are short: look a bit back)."""
    found = conn.execute(
        "SELECT id FROM claims WHERE article_id = ? AND start < ? AND start >= ? - 64 "
        "AND end > ? AND NOT orphaned ORDER BY start LIMIT 1",
        (article_id, end, start, start)).fetchone()
    return found[0] if found else None


def _snippet(text: str, start: int, end: int) -> str:
    left = max(0, start - _SNIPPET)
    return text[left:end + _SNIPPET].replace("\n", " ")
