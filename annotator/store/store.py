"""``Store``: the one door to a claim store, used alike by the app and the commands.

Every change runs in one ``BEGIN IMMEDIATE`` transaction together with its history
event, as the editor the store was opened for. A ``Store`` holds one SQLite connection
and belongs to the thread that opened it; a worker thread (an import with a progress
dialog) opens its own ``Store`` on the same file.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from annotator.extract import extract_claims
from annotator.store import (
    articles, db, decisions, files, history, importer, links, queries, search,
)
from annotator.store.export import export as write_export
from annotator.store.errors import InvalidInputError, NotFoundError, StoreError
from annotator.store.records import (
    Article, ArticleStats, Correction, Event, ImportResult, Link, SearchHit, StoredClaim,
)
from annotator.store.settings import default_editor, default_newsroom, default_store_path
from annotator.textio import normalize_text

# Texts indexed per transaction during a bulk import: large enough that the index's
# per-commit cost vanishes, small enough that a cancelled import leaves little to scan.
INDEX_BATCH = 200


class Store:
    def __init__(self, path: str | Path | None = None, *, editor: str | None = None,
                 create: bool = True):
        """Open the store at ``path`` (default: ``$ANNOTATOR_DB`` or the user's data
        folder) for ``editor`` (default: ``$ANNOTATOR_EDITOR`` or the login name).
        ``create=False`` refuses a path where there is no store yet."""
        self.path = Path(path) if path is not None else default_store_path()
        self.editor = editor or default_editor()
        if not create and not self.path.exists():
            raise StoreError(f"{self.path}: no store here yet (import some articles first)")
        self.db = db.open_database(self.path)
        self.conn: sqlite3.Connection = self.db.conn
        self._bulk = False

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with db.transaction(self.db, self.path) as conn:
            yield conn
            if not self._bulk:
                search.index_pending(conn)

    @contextmanager
    def _in_bulk(self) -> Iterator[Callable[[], None]]:
        """Defer full-text indexing to batches: ``tick()`` after each write."""
        self._bulk, written = True, 0

        def tick() -> None:
            nonlocal written
            written += 1
            if written % INDEX_BATCH == 0:
                self._index()

        try:
            yield tick
        finally:
            self._bulk = False
            self._index()

    def _index(self) -> None:
        with db.transaction(self.db, self.path) as conn:
            search.index_pending(conn)

    def _read(self):
        return db.translate_errors(self.path)

    # --- articles ---------------------------------------------------------------------

    def articles(self) -> list[ArticleStats]:
        """Every article with its progress, by name: the articles panel and ``stats``."""
        with self._read():
            return queries.article_stats(self.conn)

    def article_stats(self, article_id: int) -> ArticleStats:
        with self._read():
            found = queries.article_stats(self.conn, article_id)
        if not found:
            raise NotFoundError(f"article {article_id} does not exist")
        return found[0]

    def article(self, article_id: int) -> Article:
        with self._read():
            return queries.article(self.conn, article_id)

    def article_id(self, name: str) -> int:
        """The id of the article imported under ``name``; NotFoundError otherwise."""
        with self._read():
            return queries.article_id_named(self.conn, name)

    def update_article(self, article_id: int, version: int, *, title: str | None = None,
                       published: str | None = None, edition: int | None = None) -> Article:
        """Correct the guessed title, date (``YYYY-MM-DD``, "" clears) or edition (0
        clears) of the article loaded at ``version``; None keeps a field."""
        with self._write() as conn:
            articles.update(conn, self.editor, article_id, version, title, published, edition)
        return self.article(article_id)

    def delete_article(self, article_id: int) -> None:
        """Delete an article with its claims and links; undo brings all of it back."""
        with self._write() as conn:
            articles.delete(conn, self.editor, article_id)

    # --- import -----------------------------------------------------------------------

    def import_text(self, name: str, text: str, *, source_path: str | None = None
                    ) -> ImportResult:
        """Store pasted text as the article ``name`` (re-importing if the name exists)."""
        text = normalize_text(text)
        if not name.strip() or not text.strip():
            raise InvalidInputError("an article needs a name and some text")
        return self._store(files.prepare_text(name.strip(), text, source_path))

    def import_paths(self, paths: Iterable[str | Path]) -> list[ImportResult]:
        return list(self.iter_import(paths))

    def iter_import(self, paths: Iterable[str | Path]) -> Iterator[ImportResult]:
        """Import files and folders (recursively), yielding each file's result once it
        is committed. A bad file yields a ``failed`` result and the rest go on; stop
        iterating to cancel (what is committed stays).

        Many files are read and extracted in worker processes (``spawn``): a script
        that calls this must guard its top level with ``if __name__ == "__main__"``."""
        items = files.find_files(paths)
        with self._read():
            known = dict(self.conn.execute("SELECT name, content_hash FROM articles"))
        with self._in_bulk() as tick:
            for prepared in files.prepare_files(items, known):
                if prepared.error:
                    yield ImportResult(prepared.name, "failed", error=prepared.error)
                    continue
                result = self._store(prepared)
                tick()
                yield result

    def _store(self, prepared: files.Prepared) -> ImportResult:
        with self._write() as conn:
            return importer.write(conn, self.editor, prepared)

    def reextract(self) -> Iterator[ImportResult]:
        """Extract every article again (after an extractor upgrade), keeping decisions."""
        with self._read():
            rows = self.conn.execute("SELECT id, text FROM articles ORDER BY id").fetchall()
        ids, texts = [r[0] for r in rows], [r[1] for r in rows]
        with self._in_bulk() as tick:
            for article_id, claims in zip(ids, files.parallel_map(extract_claims, list(texts))):
                with self._write() as conn:
                    result = importer.reextract(conn, self.editor, article_id, claims)
                tick()
                yield result

    # --- claims -----------------------------------------------------------------------

    def claims(self, article_id: int) -> list[StoredClaim]:
        """An article's claims in text order. Orphaned ones (``orphaned`` true) are
        decisions the current text no longer holds: their offsets are stale."""
        with self._read():
            return queries.claims_of(self.conn, article_id)

    def claim(self, claim_id: int) -> StoredClaim:
        with self._read():
            return queries.claim(self.conn, claim_id)

    def count_claims(self, *, status: str | None = None, article_id: int | None = None) -> int:
        with self._read():
            return queries.count_claims(self.conn, status, article_id)

    def claims_page(self, *, status: str | None = None, article_id: int | None = None,
                    after_id: int = 0, limit: int = 200) -> list[StoredClaim]:
        with self._read():
            return queries.claims_page(self.conn, status, article_id, after_id, limit)

    def decide(self, claim_id: int, version: int, status: str, *,
               correction: Correction | None = None, note: str | None = None,
               evidence: str | None = None) -> StoredClaim:
        """Confirm, correct, reject (or reset to unchecked) the claim the editor loaded at
        ``version``; StaleError if it changed since. ``note``/``evidence``: None keeps,
        "" clears."""
        with self._write() as conn:
            decisions.decide(conn, self.editor, claim_id, version, status, correction, note,
                             evidence)
        return self.claim(claim_id)

    def annotate(self, claim_id: int, version: int, *, note: str | None = None,
                 evidence: str | None = None) -> StoredClaim:
        with self._write() as conn:
            decisions.annotate(conn, self.editor, claim_id, version, note, evidence)
        return self.claim(claim_id)

    def add_claim(self, article_id: int, start: int, end: int, *, value: float | None = None,
                  unit: str | None = None, qualifier: str | None = None,
                  kind: str | None = None) -> StoredClaim:
        """A claim the extractor missed, on ``text[start:end]``; what is not given is read
        from the span."""
        overrides = {"value": value, "unit": unit, "qualifier": qualifier, "kind": kind}
        with self._write() as conn:
            claim_id = decisions.add_claim(conn, self.editor, article_id, start, end, overrides)
        return self.claim(claim_id)

    def delete_claim(self, claim_id: int, version: int) -> None:
        """Delete a claim an editor added (extracted ones are rejected instead)."""
        with self._write() as conn:
            decisions.delete_claim(conn, self.editor, claim_id, version)

    # --- links ------------------------------------------------------------------------

    def link(self, claim_ids: Iterable[int], relation: str, *, reason: str | None = None) -> Link:
        with self._write() as conn:
            link_id = links.link(conn, self.editor, claim_ids, relation, reason)
        return self.link_by_id(link_id)

    def suggest(self, suggestions: Iterable[links.Suggestion]) -> list[int]:
        """Record the conflict finder's suggestions; sets already linked (even dismissed)
        are skipped. The ids of the new links."""
        with self._write() as conn:
            return links.suggest(conn, suggestions)

    def set_link_state(self, link_id: int, version: int, state: str) -> Link:
        """Accept (``accepted``) or dismiss (``dismissed``) a link loaded at ``version``."""
        with self._write() as conn:
            links.set_state(conn, self.editor, link_id, version, state)
        return self.link_by_id(link_id)

    def link_by_id(self, link_id: int) -> Link:
        with self._read():
            return queries.link(self.conn, link_id)

    def links(self, *, claim_id: int | None = None, article_id: int | None = None,
              state: str | None = None, relation: str | None = None,
              include_dismissed: bool = False) -> list[Link]:
        """Links (dismissed ones only when asked for), best-scored first."""
        with self._read():
            return queries.links_of(self.conn, claim_id=claim_id, article_id=article_id,
                                    state=state, relation=relation,
                                    include_dismissed=include_dismissed)

    # --- history ----------------------------------------------------------------------

    def undo(self) -> Event:
        """Undo this editor's last action not undone yet, in whatever article it was.
        NothingToUndoError if there is none. If it was changed since (by a colleague), it
        is skipped, not overwritten: the event returned is then a ``skip``."""
        with self._write() as conn:
            return history.undo(conn, self.editor)

    def redo(self) -> Event:
        with self._write() as conn:
            return history.redo(conn, self.editor)

    def undo_target(self) -> Event | None:
        """What ``undo`` would undo (to label the menu item), or None."""
        with self._read():
            return history.undo_target(self.conn, self.editor)

    def redo_target(self) -> Event | None:
        with self._read():
            return history.redo_target(self.conn, self.editor)

    def history(self, *, claim_id: int | None = None, article_id: int | None = None,
                after_id: int = 0, limit: int = 200) -> list[Event]:
        """History entries, oldest first. ``after_id`` = the last id a window has seen:
        how a second window learns what changed."""
        with self._read():
            return queries.events(self.conn, claim_id=claim_id, article_id=article_id,
                                  after_id=after_id, limit=limit)

    def last_event_id(self) -> int:
        with self._read():
            return self.conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]

    # --- search and backup ------------------------------------------------------------

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        with self._read():
            return search.search(self.conn, query, limit)

    def backup(self, target: str | Path) -> Path:
        """A consistent copy of the store, taken while it is in use (SQLite's backup API)."""
        target = Path(target)
        if target.exists() and target.resolve() == self.path.resolve():
            raise InvalidInputError(f"{target}: that is the store itself")

        def copy(partial: Path) -> None:
            conn = sqlite3.connect(partial)
            try:
                with self._read():
                    self.conn.backup(conn)
            finally:
                conn.close()

        return _replace(target, copy)

    # --- export -----------------------------------------------------------------------

    def export(self, fmt: str, out: TextIO, *, status: str | None = None,
               article: str | None = None, newsroom: str | None = None) -> None:
        """Write claims with decisions and links as ``csv``, ``json``, ``jsonld`` or ``md``;
        ``status`` / ``article`` (its imported name) narrow it down."""
        with self._read():
            write_export(self.conn, fmt, out, status=status, article=article,
                         newsroom=newsroom or default_newsroom())

    def export_to(self, fmt: str, target: str | Path, **options) -> Path:
        """``export`` into the file ``target`` (UTF-8; the CSV with Excel's BOM)."""
        def write(partial: Path) -> None:
            with open(partial, "w", encoding="utf-8", newline="") as out:
                self.export(fmt, out, **options)

        return _replace(Path(target), write)


def _replace(target: Path, write: Callable[[Path], None]) -> Path:
    """Write beside ``target``, then rename onto it: an old file is replaced only by a
    complete new one, never left half-written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        write(partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)
    return target
