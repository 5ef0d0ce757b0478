"""``Store``: the one door to a claim store, used alike by the app and the commands.

Every change runs in one ``BEGIN IMMEDIATE`` transaction together with its history
event, as the editor the store was opened for. A ``Store`` holds one SQLite connection
and belongs to the thread that opened it; a worker thread (an import with a progress
dialog) opens its own ``Store`` on the same file.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, closing, contextmanager
from pathlib import Path
from typing import IO, Any

from annotator.extract import extract_claims
from annotator.linking import Fact, Suggestion
from annotator.store import (
    articles,
    db,
    decisions,
    files,
    history,
    importer,
    links,
    queries,
    recovery,
    search,
    staged_keys,
    targets,
    validate,
)
from annotator.store import facts as stored_facts
from annotator.store.errors import InvalidInputError, NotFoundError, StoreError
from annotator.store.export import BINARY_FORMATS
from annotator.store.export import export as write_export
from annotator.store.facts import Texts
from annotator.store.records import (
    Article,
    ArticleStats,
    Correction,
    Event,
    ImportResult,
    Link,
    SearchHit,
    StoredClaim,
)
from annotator.store.settings import default_editor, default_newsroom, default_store_path
from annotator.textio import normalize_text

# Texts indexed per transaction during a bulk import: large enough that the index's
# per-commit cost vanishes, small enough that a cancelled import leaves little to scan.
INDEX_BATCH = 200
# Files written per transaction at most, when the workers have them ready.
COMMIT_BATCH = 64
# Pages the write-ahead log grows to before a bulk write copies it into the store
# (SQLite's default is 1,000, 4 MB): a checkpoint waits for the disk twice.
BULK_CHECKPOINT = 10_000
# SQLite's page cache during a bulk write, in KiB (2 MB by default): set when each
# file's block keys went into the key index at scattered places; with keys staged
# (staged_keys.py), 2 MB measured the same within this machine's noise.
BULK_CACHE_KIB = 64 * 1024
# Articles whose stale facts are rebuilt per transaction, between progress reports.
FACTS_BATCH = 200


class Store:
    def __init__(self, path: str | Path | None = None, *, editor: str | None = None,
                 create: bool = True):
        """Open the store at ``path`` (default: ``$ANNOTATOR_DB`` or the user's data
        folder) for ``editor`` (default: ``$ANNOTATOR_EDITOR`` or the login name).
        ``create=False`` refuses a path where there is no store yet."""
        self.path = Path(path) if path is not None else default_store_path()
        self.editor = validate.text("editor", editor or default_editor())
        if not create and not self.path.exists():
            raise StoreError(f"{self.path}: no store here yet (import some articles first)")
        # read_only: a store this user may only read
        self.db, self.read_only = db.open_database(self.path)
        self.conn: sqlite3.Connection = self.db.conn
        self._bulk = False

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with db.transaction(self.db, self.path) as conn:
            yield conn
            stored_facts.refresh_pending(conn)  # a claim's fact changes with it
            if not self._bulk or search.waiting(conn) >= INDEX_BATCH:
                search.index_pending(conn)

    @contextmanager
    def _in_bulk(self) -> Iterator[None]:
        """Many writes in a row: texts indexed INDEX_BATCH at a time, new facts' keys
        staged and filed at the end, the log checkpointed into the store less often
        (each checkpoint waits for the disk), and a larger page cache."""
        self._bulk = True
        self.conn.execute(f"PRAGMA wal_autocheckpoint = {BULK_CHECKPOINT}")
        self.conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        try:
            yield
        finally:
            self._bulk = False
            self.conn.execute("PRAGMA wal_autocheckpoint = 1000")  # SQLite's defaults
            self.conn.execute("PRAGMA cache_size = -2000")
            with db.transaction(self.db, self.path) as conn:
                search.index_pending(conn)
                staged_keys.file(conn)  # the import's keys, filed in one sorted pass

    def _read(self) -> AbstractContextManager[None]:
        return db.translate_errors(self.path)

    # --- articles ---------------------------------------------------------------------

    def articles(self) -> list[ArticleStats]:
        """Every article with its progress, by name: the articles panel and ``stats``."""
        with self._read():
            return queries.article_stats(self.conn)

    @validate.checked
    def article_stats(self, article_id: int) -> ArticleStats:
        with self._read():
            found = queries.article_stats(self.conn, article_id)
        if not found:
            raise NotFoundError(f"article {article_id} does not exist")
        return found[0]

    @validate.checked
    def article(self, article_id: int) -> Article:
        with self._read():
            return queries.article(self.conn, article_id)

    def article_names(self, article_ids: Iterable[int]) -> dict[int, str]:
        """Names by id, without the texts."""
        ids, names = sorted(set(article_ids)), dict[int, str]()
        with self._read():
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                names.update(self.conn.execute(
                    f"SELECT id, name FROM articles WHERE id IN ({','.join('?' * len(chunk))})",
                    chunk))
        return names

    @validate.checked
    def article_id(self, name: str) -> int:
        """The id of the article imported under ``name``; NotFoundError otherwise."""
        with self._read():
            return queries.article_id_named(self.conn, name)

    @validate.checked
    def update_article(self, article_id: int, version: int, *, title: str | None = None,
                       published: str | None = None, edition: int | None = None) -> Article:
        """Correct the guessed title, date (``YYYY-MM-DD``, "" clears) or edition (0
        clears) of the article loaded at ``version``; None keeps a field."""
        with self._write() as conn:
            articles.update(conn, self.editor, article_id, version, title, published, edition)
        return self.article(article_id)

    @validate.checked
    def delete_article(self, article_id: int) -> None:
        """Delete an article with its claims and links; undo brings all of it back."""
        with self._write() as conn:
            articles.delete(conn, self.editor, article_id)

    # --- import -----------------------------------------------------------------------

    @validate.checked
    def import_text(self, name: str, text: str, *, source_path: str | None = None
                    ) -> ImportResult:
        """Store pasted text as the article ``name`` (re-importing if the name exists)."""
        text = normalize_text(text)
        if not name.strip() or not text.strip():
            raise InvalidInputError("an article needs a name and some text")
        return self._store(files.prepare_text(name.strip(), text, source_path))

    def import_paths(self, paths: Iterable[str | Path]) -> list[ImportResult]:
        return list(self.iter_import(paths))

    def iter_import(self, paths: Iterable[str | Path],
                    cancelled: Callable[[], bool] = lambda: False) -> Iterator[ImportResult]:
        """Import files and folders (recursively), yielding each file's result once it
        is committed. A bad file yields a ``failed`` result and the rest go on.
        ``cancelled()`` is asked before each file: once it says so, the files written
        are committed and yielded, and no other is. (Files ready together commit
        together: a caller that stops iterating instead keeps the files committed with
        the last result it took, without their results.)

        Many files are read and extracted in worker processes (``spawn``): a script
        that calls this must guard its top level with ``if __name__ == "__main__"``."""
        def known(names: list[str]) -> dict[str, str]:
            with self._read():  # only these names: a draft checked against 100,000 articles
                return dict(self.conn.execute(
                    "SELECT name, content_hash FROM articles "
                    f"WHERE name IN ({','.join('?' * len(names))})", names))

        found = files.find_files(paths)
        with closing(files.prepare_files(found, known)) as prepared, self._in_bulk():
            while results := self._store_ready(prepared, cancelled):
                yield from results

    def _store_ready(self, prepared: Iterator[tuple[files.Prepared, bool]],
                     cancelled: Callable[[], bool]) -> list[ImportResult]:
        """Write the files that are ready in one transaction (COMMIT_BATCH at most): a
        commit costs more than a file's rows, and waiting for the next file while
        holding the write lock would keep other windows waiting. Their results; none
        once all are written or ``cancelled()``."""
        file, more = next(prepared, (None, False)) if not cancelled() else (None, False)
        results: list[ImportResult] = []
        if file is None:
            return results
        with self._write() as conn:
            while True:
                results.append(ImportResult(file.name, "failed", error=file.error) if file.error
                               else importer.write(conn, self.editor, file, bulk=True))
                if not more or len(results) == COMMIT_BATCH or cancelled():
                    return results
                file, more = next(prepared)

    def _store(self, prepared: files.Prepared) -> ImportResult:
        with self._write() as conn:
            return importer.write(conn, self.editor, prepared)

    def reextract(self) -> Iterator[ImportResult]:
        """Extract every article again (after an extractor upgrade), keeping decisions."""
        with self._read():
            rows = self.conn.execute("SELECT id, text FROM articles ORDER BY id").fetchall()
        ids, texts = [r[0] for r in rows], [r[1] for r in rows]
        with self._in_bulk():
            for article_id, claims in zip(ids, files.parallel_map(extract_claims, list(texts))):
                with self._write() as conn:
                    result = importer.reextract(conn, self.editor, article_id, claims)
                yield result

    # --- facts, for the conflict finder -----------------------------------------------

    def refresh_facts(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Build the facts of articles that have none yet (a store from before facts were
        stored) or whose facts an older finder built, a batch per transaction;
        ``progress(done, total)`` after each; and file the keys an import staged. How
        many articles were rebuilt."""
        with self._read():
            todo = stored_facts.stale(self.conn)
            unfiled = staged_keys.waiting(self.conn)
        if unfiled and not self.read_only:  # an import running, or killed part-way
            with self._write() as conn:
                staged_keys.file(conn)
        for i in range(0, len(todo), FACTS_BATCH):
            with self._write() as conn:
                stored_facts.rebuild(conn, todo[i:i + FACTS_BATCH])
            if progress is not None:
                progress(min(i + FACTS_BATCH, len(todo)), len(todo))
        return len(todo)

    def stored_facts(self) -> Iterator[Fact]:
        """Every claim's fact as stored, article by article."""
        with self._read():
            yield from stored_facts.all_facts(self.conn)

    def facts_by_head(self) -> Iterator[list[Fact]]:
        """Every claim's fact as stored, a head at a time (``facts.by_head``)."""
        with self._read():
            yield from stored_facts.by_head(self.conn)

    def facts_by_article(self) -> Iterator[tuple[list[Fact], str]]:
        """Every article's stored facts, with its text."""
        with self._read():
            yield from stored_facts.by_article(self.conn)

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see the store as it was at the first of them, whatever another
        window writes meanwhile: for a run that reads it in many queries."""
        with self._read():
            self.conn.execute("BEGIN")
            try:
                yield
            finally:
                self.conn.execute("COMMIT")

    def facts_of(self, article_ids: Iterable[int]) -> list[Fact]:
        with self._read():
            return stored_facts.of_articles(self.conn, article_ids)

    def claim_facts(self, claim_ids: Iterable[int]) -> list[Fact]:
        with self._read():
            return stored_facts.of_claims(self.conn, claim_ids)

    def fact_candidates(self, drafts: list[Fact]) -> tuple[list[Fact], frozenset[int]]:
        """Stored facts of other articles that may be the same fact as one of ``drafts``,
        found by indexed reads of their block keys; and the claims among them reached
        only through a window of a large block."""
        with self._read():
            return stored_facts.candidates(self.conn, drafts)

    def texts(self) -> Texts:
        """Articles' texts by id, each read when asked."""
        return stored_facts.Texts(self.conn)

    # --- claims -----------------------------------------------------------------------

    @validate.checked
    def claims(self, article_id: int) -> list[StoredClaim]:
        """An article's claims in text order. Orphaned ones (``orphaned`` true) are
        decisions the current text no longer holds: their offsets are stale."""
        with self._read():
            return queries.claims_of(self.conn, article_id)

    @validate.checked
    def claim(self, claim_id: int) -> StoredClaim:
        with self._read():
            return queries.claim(self.conn, claim_id)

    def claims_by_id(self, claim_ids: Iterable[int]) -> list[StoredClaim]:
        """The claims of these ids that exist, by id: many at once (the finder's)."""
        with self._read():
            return queries.claims_by_id(self.conn, claim_ids)

    @validate.checked
    def count_claims(self, *, status: str | None = None, article_id: int | None = None) -> int:
        with self._read():
            return queries.count_claims(self.conn, status, article_id)

    @validate.checked
    def claims_page(self, *, status: str | None = None, article_id: int | None = None,
                    after_id: int = 0, limit: int = 200) -> list[StoredClaim]:
        with self._read():
            return queries.claims_page(self.conn, status, article_id, after_id, limit)

    @validate.checked
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

    @validate.checked
    def annotate(self, claim_id: int, version: int, *, note: str | None = None,
                 evidence: str | None = None) -> StoredClaim:
        with self._write() as conn:
            decisions.annotate(conn, self.editor, claim_id, version, note, evidence)
        return self.claim(claim_id)

    @validate.checked
    def add_claim(self, article_id: int, start: int, end: int, *, value: float | None = None,
                  unit: str | None = None, qualifier: str | None = None,
                  kind: str | None = None) -> StoredClaim:
        """A claim the extractor missed, on ``text[start:end]``; what is not given is read
        from the span."""
        overrides = {"value": value, "unit": unit, "qualifier": qualifier, "kind": kind}
        with self._write() as conn:
            claim_id = decisions.add_claim(conn, self.editor, article_id, start, end, overrides)
        return self.claim(claim_id)

    @validate.checked
    def delete_claim(self, claim_id: int, version: int) -> None:
        """Delete a claim an editor added (extracted ones are rejected instead)."""
        with self._write() as conn:
            decisions.delete_claim(conn, self.editor, claim_id, version)

    # --- links ------------------------------------------------------------------------

    @validate.checked
    def link(self, claim_ids: Iterable[int], relation: str, *, reason: str | None = None,
             version: int | None = None) -> Link:
        """Link claims as ``relation`` (an editor's link, accepted at once). Claims already
        linked otherwise keep their link unless ``version`` names the one the editor saw:
        StaleError then, never a silent change."""
        claim_ids = [validate.integer("claim_ids", i) for i in claim_ids]
        with self._write() as conn:
            link_id = links.link(conn, self.editor, claim_ids, relation, reason, version)
        return self.link_by_id(link_id)

    def suggest(self, suggestions: Iterable[Suggestion]) -> list[int]:
        """Record the conflict finder's suggestions; sets already linked (even dismissed)
        are skipped. The ids of the new links."""
        with self._write() as conn:
            return links.suggest(conn, suggestions)

    def confirmed(self, claim_ids: Iterable[int], outside: set[int]) -> dict[int, float]:
        """Each claim's best suggested ``same_fact`` score with articles not in ``outside``."""
        with self._read():
            return links.confirmed(self.conn, claim_ids, outside)

    def suggest_for(self, suggestions: list[Suggestion], articles: set[int]) -> list[int]:
        """``suggest`` for a run over ``articles`` only, withdrawing the open conflicts
        between other articles that its new ``same`` suggestions overrule, as one write."""
        with self._write() as conn:
            links.withdraw_superseded(conn, suggestions, articles)
            return links.suggest(conn, suggestions)

    @validate.checked
    def set_link_state(self, link_id: int, version: int, state: str) -> Link:
        """Accept (``accepted``) or dismiss (``dismissed``) a link loaded at ``version``."""
        with self._write() as conn:
            links.set_state(conn, self.editor, link_id, version, state)
        return self.link_by_id(link_id)

    @validate.checked
    def link_by_id(self, link_id: int) -> Link:
        with self._read():
            return queries.link(self.conn, link_id)

    @validate.checked
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

    @validate.checked
    def history(self, *, claim_id: int | None = None, article_id: int | None = None,
                after_id: int = 0, limit: int = 200) -> list[Event]:
        """History entries, oldest first. ``after_id`` = the last id a window has seen:
        how a second window learns what changed."""
        with self._read():
            return queries.events(self.conn, claim_id=claim_id, article_id=article_id,
                                  after_id=after_id, limit=limit)

    def last_event_id(self) -> int:
        with self._read():
            last: int = self.conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
            return last

    # --- search and backup ------------------------------------------------------------

    @validate.checked
    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        validate.text("query", query, nul=False)
        with self._read():
            return search.search(self.conn, query, limit)

    def backup(self, target: str | Path) -> Path:
        """A consistent copy of the store, taken while it is in use (SQLite's backup API).
        A damaged store is refused rather than copied: its copy would be no backup."""
        with self._read():
            problem = self.conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if problem != "ok":
            raise recovery.corrupted(self.path, problem)

        def copy(partial: Path) -> None:
            try:
                _copy_database(self.conn, partial)
            except sqlite3.Error as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    with self._read():
                        raise
                raise OSError(errno.EIO, str(exc)) from None  # reported with the target

        written = self._replace(Path(target), copy)
        recovery.record_backup(self.path, written)
        return written

    # --- export -----------------------------------------------------------------------

    @validate.checked
    def export(self, fmt: str, out: IO[Any], *, status: str | None = None,
               article: str | None = None, newsroom: str | None = None) -> None:
        """Write claims with decisions and links as ``csv``, ``xlsx`` (to a byte stream),
        ``json``, ``jsonld`` or ``md``;
        ``status`` / ``article`` (its imported name) narrow it down."""
        with self._read():
            write_export(self.conn, fmt, out, status=status, article=article,
                         newsroom=newsroom or default_newsroom())

    def export_to(self, fmt: str, target: str | Path, **options: str | None) -> Path:
        """``export`` into the file ``target`` (UTF-8; the CSV with Excel's BOM)."""
        def write(partial: Path) -> None:
            if fmt in BINARY_FORMATS:
                with open(partial, "wb") as out:
                    self.export(fmt, out, **options)
            else:
                with open(partial, "w", encoding="utf-8", newline="") as out:
                    self.export(fmt, out, **options)

        return self._replace(Path(target), write)

    def _replace(self, target: Path, write: Callable[[Path], None]) -> Path:
        """Write beside ``target``, then rename onto it: an old file is replaced only by
        a complete new one, never left half-written, and never one of the store's."""
        target = targets.check_target(self.path, target)
        partial = targets.check_target(self.path, target.with_name(target.name + ".partial"))
        return _replace(target, partial, write)


def _replace(target: Path, partial: Path, write: Callable[[Path], None]) -> Path:
    """Any failure (a full disk, a file size limit, a read-only folder, a folder in the
    way) is one error naming ``target``, and leaves neither it nor a partial file changed."""
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a folder; give a file name")
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        try:
            write(partial)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
    except OSError as exc:
        raise StoreError(f"{target}: cannot write it ({exc.strerror or exc})") from None
    return target


def _copy_database(source: sqlite3.Connection, partial: Path) -> None:
    conn = sqlite3.connect(partial)
    try:
        source.backup(conn)
    finally:
        conn.close()
