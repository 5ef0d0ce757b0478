"""From paths on disk to texts with their claims, ready for the store; no database here.

Reading and extraction are most of an import's time and need no database, so a large
import runs them in worker processes while the store writes what they hand back, in
order. Workers are started with ``spawn``: forking a process that runs Qt threads is
not safe, and the start-up cost is nothing next to thousands of files.
"""

from __future__ import annotations

import hashlib
import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from annotator.bounded import die_with_parent
from annotator.errors import UserError
from annotator.extract import EXTRACTOR_VERSION, Claim, extract_claims
from annotator.linking.guess import Guesses, guess
from annotator.store.anchor import anchor_at
from annotator.store.facts import Packed, prepared
from annotator.textio import SUPPORTED_SUFFIXES, read_text, shown_path

# Below this many items, starting worker processes costs more than it saves.
PARALLEL_FROM = 64
_CHUNK = 8
T = TypeVar("T")
R = TypeVar("R")
_AHEAD = 4  # chunks in flight per worker
_KNOWN_BATCH = 500  # names a query of the store's hashes asks for


@dataclass(frozen=True, slots=True)
class ImportItem:
    """A file to import and the name it gets in the store; ``error``: a folder that
    could not be read, reported in the file's place."""

    path: Path
    name: str
    error: str | None = None


# What extraction puts in a claim's row; re-extraction may change these fields, never
# the editor's.
EXTRACTED_FIELDS = ("start", "end", "text", "value", "value_high", "unit", "qualifier",
                    "kind", "metric", "entity", "period", "anchor_before", "anchor_after",
                    "extractor_version", "orphaned")
ClaimRow = tuple[Any, ...]  # a claim's values of EXTRACTED_FIELDS, in that order


def claim_rows(text: str, claims: list[Claim]) -> list[ClaimRow]:
    """The rows of claims extracted from ``text``: plain tuples, which a worker process
    hands over for a fifth of what the claims would cost to pickle and unpickle."""
    rows = []
    for c in claims:
        anchor = anchor_at(None, text, c.start, c.end)
        rows.append((c.start, c.end, c.text, c.value, c.value_high, c.unit, c.qualifier,
                     c.kind, c.metric, c.entity, c.period, anchor.before, anchor.after,
                     EXTRACTOR_VERSION, 0))
    return rows


@dataclass(frozen=True, slots=True)
class Prepared:
    """A file read, extracted and guessed at; ``claims`` (as rows) is None when its
    text is already stored."""

    name: str
    source_path: str | None
    text: str | None = None
    content_hash: str | None = None
    claims: list[ClaimRow] | None = None
    guesses: Guesses | None = None
    error: str | None = None
    facts: list[Packed] | None = None  # its claims' facts, should it be new to the store


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find_files(paths: Iterable[str | Path]) -> Iterator[ImportItem]:
    """Files given directly keep their file name; a folder's files are named by their
    path relative to it (``2025/05/draft.txt``), so two ``draft.txt`` stay apart. A
    name that is not UTF-8 is stored with each undecodable byte as ``\\xNN``.

    A path that does not exist is kept: reading it reports the problem with its name,
    as does a subfolder that cannot be read. Found as they are read, so a folder of
    100,000 files is never held whole.
    """
    for path in map(Path, paths):
        if path.is_dir():
            yield from _folder_items(path)
        else:
            yield ImportItem(path, shown_path(path.name))


def _folder_items(folder: Path) -> Iterator[ImportItem]:
    unreadable: list[ImportItem] = []  # os.walk reports them as it goes

    def report(exc: OSError) -> None:
        where = Path(exc.filename or folder)
        unreadable.append(ImportItem(where, shown_path(where), error=(
            f"{shown_path(where)}: cannot read this folder ({exc.strerror}); its files "
            "were not imported")))

    for root, dirs, files in os.walk(folder, onerror=report):
        yield from unreadable
        unreadable.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if f.lower().endswith(SUPPORTED_SUFFIXES) and not _is_scratch(f):
                path = Path(root) / f
                yield ImportItem(path, shown_path(path.relative_to(folder).as_posix()))
    yield from unreadable


def _is_scratch(name: str) -> bool:
    """Hidden files and Word's ``~$draft.docx`` lock files are not articles."""
    return name.startswith((".", "~$"))


def prepare_text(name: str, text: str, source_path: str | None = None,
                 known_hash: str | None = None) -> Prepared:
    digest = content_hash(text)
    if digest == known_hash:
        return Prepared(name, source_path, text, digest)
    claims, guessed = extract_claims(text), guess(text)
    # built here, in a worker for a large import: facts cost what extraction costs
    facts = None if known_hash else prepared(name, text, guessed.published, guessed.edition,
                                             claims)
    return Prepared(name, source_path, text, digest, claim_rows(text, claims), guessed,
                    facts=facts)


def prepare_file(item: ImportItem, known_hash: str | None = None) -> Prepared:
    """Read and extract one file; a file that cannot be read becomes an error, not an
    exception, so one bad file never stops the others."""
    if item.error:
        return Prepared(item.name, shown_path(item.path), error=item.error)
    try:
        text = read_text(item.path)
        return prepare_text(item.name, text, shown_path(item.path.resolve()), known_hash)
    except UserError as exc:  # TextReadError names the file and the problem
        return Prepared(item.name, shown_path(item.path), error=str(exc))
    except (Exception, RecursionError) as exc:
        return Prepared(item.name, shown_path(item.path), error=(
            f"{shown_path(item.path)}: could not be read ({exc.__class__.__name__}: "
            f"{str(exc)[:80]})"))


def _prepare_pair(args: tuple[ImportItem, str | None]) -> Prepared:
    return prepare_file(*args)


def prepare_files(items: Iterable[ImportItem], known: Callable[[list[str]], dict[str, str]]
                  ) -> Generator[tuple[Prepared, bool], None, None]:
    """``prepare_file`` for each item, in order, with whether the next one is ready
    already; in worker processes when there are many. ``known(names)``: the content
    hashes stored under those names, asked for a few hundred names at a time."""
    return ahead(_prepare_pair, _with_known(items, known))


def _with_known(items: Iterable[ImportItem], known: Callable[[list[str]], dict[str, str]]
                ) -> Iterator[tuple[ImportItem, str | None]]:
    for block in _batches(items, _KNOWN_BATCH):
        hashes = known([item.name for item in block])
        yield from ((item, hashes.get(item.name)) for item in block)


def parallel_map(fn: Callable[[T], R], work: Iterable[T]) -> Iterator[R]:
    """``map(fn, work)``, spread over the CPUs when ``work`` is long enough to pay off.

    ``fn`` must be a module-level function (workers import it by name). Closing the
    iterator early (a cancelled import) stops the workers.
    """
    return (result for result, _ in ahead(fn, work))


def ahead(fn: Callable[[T], R], work: Iterable[T]) -> Generator[tuple[R, bool], None, None]:
    """``parallel_map``, each result with whether the next one is ready now: a store
    writing several results in one transaction commits before it would wait. ``work``
    is read as the workers need it."""
    work = iter(work)
    first = list(itertools.islice(work, PARALLEL_FROM))
    workers = os.cpu_count() or 1
    if len(first) < PARALLEL_FROM or workers < 2:
        yield from ((fn(item), False) for item in itertools.chain(first, work))  # each when asked
        return
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=die_with_parent, initargs=(os.getpid(),))
    # a few chunks ahead of the caller, not all of them (as Executor.map would queue):
    # a store writing slower than the workers read must not hold 100,000 files' texts
    queued: deque[Future[list[R]]] = deque()
    chunks = _batches(itertools.chain(first, work), _CHUNK)
    try:
        while True:
            for chunk in chunks:
                queued.append(pool.submit(_map_chunk, fn, chunk))
                if len(queued) >= _AHEAD * workers:
                    break
            if not queued:
                return
            results = queued.popleft().result()
            for n, result in enumerate(results, 1):
                yield result, n < len(results) or bool(queued and queued[0].done())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _map_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return list(map(fn, chunk))
