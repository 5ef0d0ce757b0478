"""Writing an extracted article into the store: new, unchanged, or edited.

An edited article (or one re-extracted after an extractor upgrade) keeps its claim
rows where ``anchor.match`` finds them again, updated in place: their ids, decisions,
notes and links carry over. A claim an editor worked on that the new text no longer
holds stays, flagged ``orphaned``; an untouched one that vanished goes.

Each function here runs inside the caller's transaction and records its event there.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from annotator.extract import Claim, extract_claims
from annotator.linking.guess import Guesses, guess
from annotator.store import facts as stored_facts
from annotator.store import history
from annotator.store.anchor import Anchor, anchor_at, match, occurrences
from annotator.store.files import EXTRACTED_FIELDS, ClaimRow, Prepared, claim_rows
from annotator.store.records import ImportResult
from annotator.store.rows import Row, update_row

_INSERT_CLAIM = (f"INSERT INTO claims (article_id, {', '.join(EXTRACTED_FIELDS)}) "
                 f"VALUES (?{', ?' * len(EXTRACTED_FIELDS)})")
# Work an editor did on a claim: such a claim is never deleted by a re-import.
WORKED_ON = ("(c.status != 'unchecked' OR c.note IS NOT NULL OR c.evidence IS NOT NULL "
             "OR c.origin = 'editor' OR EXISTS (SELECT 1 FROM link_members m "
             "JOIN links l ON l.id = m.link_id WHERE m.claim_id = c.id AND l.state != 'suggested'))")


@dataclass(frozen=True, slots=True)
class Outcome:
    kept: int = 0
    orphaned: int = 0
    changed: bool = False


def write(conn: sqlite3.Connection, editor: str, prepared: Prepared, bulk: bool = False
          ) -> ImportResult:
    """Store one prepared file or text: insert it, leave it, or re-anchor its claims.
    ``bulk``: one of many files, whose facts' keys are staged (staged_keys.py)."""
    found = conn.execute("SELECT id, content_hash FROM articles WHERE name = ?",
                         (prepared.name,)).fetchone()
    if found and found[1] == prepared.content_hash:
        return ImportResult(prepared.name, "unchanged", found[0], _claim_count(conn, found[0]))
    text = prepared.text
    assert text is not None, "a file that could not be read is reported, never written"
    if prepared.claims is None or prepared.guesses is None:
        # the worker saw an older text than the store holds now
        claims, guessed = claim_rows(text, extract_claims(text)), guess(text)
    else:
        claims, guessed = prepared.claims, prepared.guesses
    if found is None:
        return _insert(conn, editor, prepared, text, claims, guessed, bulk)
    return _update(conn, editor, found[0], prepared, text, claims, guessed)


def reextract(conn: sqlite3.Connection, editor: str, article_id: int, claims: list[Claim]
              ) -> ImportResult:
    """Replace an article's extracted claims by ``claims`` (from the current extractor)."""
    name, text = conn.execute("SELECT name, text FROM articles WHERE id = ?",
                              (article_id,)).fetchone()
    before = history.article_snapshot(conn, article_id)
    outcome = reanchor(conn, article_id, text, claim_rows(text, claims))
    if not outcome.changed:
        return ImportResult(name, "unchanged", article_id, _claim_count(conn, article_id))
    _record_change(conn, editor, "reextract", article_id, before)
    return ImportResult(name, "updated", article_id, _claim_count(conn, article_id),
                        outcome.kept, outcome.orphaned)


def _insert(conn: sqlite3.Connection, editor: str, prepared: Prepared, text: str,
            claims: list[ClaimRow], guessed: Guesses, bulk: bool) -> ImportResult:
    cur = conn.execute(
        "INSERT INTO articles (name, title, source_path, content_hash, text, published, "
        "edition, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (prepared.name, guessed.title, prepared.source_path, prepared.content_hash, text,
         guessed.published, guessed.edition, history.now()))
    article_id = cur.lastrowid
    assert article_id is not None  # set by every INSERT into a rowid table
    conn.executemany(_INSERT_CLAIM, [(article_id, *row) for row in claims])
    if prepared.facts is not None and claims is prepared.claims:
        stored_facts.write_prepared(conn, article_id, prepared.facts, bulk)
    _record_change(conn, editor, "import", article_id, None)
    return ImportResult(prepared.name, "new", article_id, len(claims))


def _update(conn: sqlite3.Connection, editor: str, article_id: int, prepared: Prepared,
            text: str, claims: list[ClaimRow], guessed: Guesses) -> ImportResult:
    before = history.article_snapshot(conn, article_id)
    # the title, date and edition may be an editor's: only fill them where missing
    conn.execute(
        "UPDATE articles SET text = ?, content_hash = ?, source_path = ?, imported_at = ?, "
        "published = coalesce(published, ?), edition = coalesce(edition, ?), "
        "version = version + 1 WHERE id = ?",
        (text, prepared.content_hash, prepared.source_path, history.now(),
         guessed.published, guessed.edition, article_id))
    outcome = reanchor(conn, article_id, text, claims)
    _record_change(conn, editor, "reimport", article_id, before)
    return ImportResult(prepared.name, "updated", article_id, _claim_count(conn, article_id),
                        outcome.kept, outcome.orphaned)


def _record_change(conn: sqlite3.Connection, editor: str, action: str, article_id: int,
                   before: Row | None) -> None:
    """The event for a whole-article change: ``before`` in full (undo restores it), the
    result as a fingerprint (undo only has to recognise it)."""
    after = history.STATES["article"].compact(history.article_snapshot(conn, article_id))
    history.record(conn, editor, action, "article", article_id, article_id, before, after)


def _claim_count(conn: sqlite3.Connection, article_id: int) -> int:
    count: int = conn.execute("SELECT count(*) FROM claims WHERE article_id = ? AND NOT orphaned",
                              (article_id,)).fetchone()[0]
    return count


def _moved(row: Row, text: str, start: int, end: int) -> Row:
    """An editor-added claim found at a new place: only where it is changes."""
    anchor = anchor_at(None, text, start, end)
    return {**row, "start": start, "end": end, "anchor_before": anchor.before,
            "anchor_after": anchor.after, "orphaned": 0}


@dataclass(frozen=True, slots=True)
class _Stored:
    origin: str
    worked: bool
    row: Row


def reanchor(conn: sqlite3.Connection, article_id: int, text: str, claims: list[ClaimRow]
             ) -> Outcome:
    """Match the stored claims of an article to ``claims`` (rows) of its new ``text``."""
    cur = conn.execute(f"SELECT c.id, c.origin, {WORKED_ON}, "
                       f"{', '.join('c.' + f for f in EXTRACTED_FIELDS)} "
                       "FROM claims c WHERE c.article_id = ?", (article_id,))
    stored = {r[0]: _Stored(r[1], bool(r[2]), dict(zip(EXTRACTED_FIELDS, r[3:]))) for r in cur}
    found, fresh = _find_again(stored, text, claims)
    kept = orphaned = 0
    changed = bool(fresh)
    for claim_id, old in stored.items():
        row = found.get(claim_id)
        if row is None and not old.worked:
            conn.execute("DELETE FROM claims WHERE id = ?", (claim_id,))
            changed = True
            continue
        if row is None:
            row, orphaned = {**old.row, "orphaned": 1}, orphaned + 1
        else:
            kept += old.worked
        if row != old.row:
            update_row(conn, "claims", claim_id, row)
            changed = True
    conn.executemany(_INSERT_CLAIM, [(article_id, *row.values()) for row in fresh])
    return Outcome(kept, orphaned, changed)


def _find_again(stored: dict[int, _Stored], text: str,
                claims: list[ClaimRow]) -> tuple[dict[int, Row], list[Row]]:
    """The new row of each stored claim found again (by id), and the rows of new claims."""
    rows = [dict(zip(EXTRACTED_FIELDS, c, strict=True)) for c in claims]
    extracted = [_anchor(i, s.row) for i, s in stored.items() if s.origin == "extractor"]
    fresh = [anchor_at(i, text, r["start"], r["end"]) for i, r in enumerate(rows)]
    pairs = match(extracted, fresh)
    found = {old_id: rows[i] for old_id, i in pairs.items()}
    added = [_anchor(i, s.row) for i, s in stored.items() if s.origin == "editor"]
    places = [a for needle in {a.text for a in added} for a in occurrences(needle, text)]
    for old_id, (_, pos) in match(added, places).items():
        found[old_id] = _moved(stored[old_id].row, text, pos, pos + len(stored[old_id].row["text"]))
    used = set(pairs.values())
    return found, [row for i, row in enumerate(rows) if i not in used]


def _anchor(claim_id: int, row: Row) -> Anchor[int]:
    return Anchor(claim_id, row["text"], row["anchor_before"], row["anchor_after"], row["start"])
