"""``archive build``: sources in, an archive out, on a Dask cluster or in this process.

The work is in three steps. Names: each part lists its articles' names (a folder's
without reading a file). Ids: the driver drops names already archived, sorts the new
ones and numbers them after the archive's last id, so ids depend on names alone, never
on how the work was cut or scheduled. Rows: each part extracts claims, builds facts and
block keys with its ids (claim ids are derived from article ids), and the driver writes
parts to the one SQLite file as they arrive.

Dask is imported only here, and only when a cluster is asked for: the desktop and the
reading side never load it.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any, TypeVar

from annotator.archive import sources
from annotator.archive.index import Writer
from annotator.archive.rows import ArticleRows, part_rows
from annotator.errors import UserError

T = TypeVar("T")
R = TypeVar("R")
IN_FLIGHT = 4  # parts queued a worker thread, so none waits while results are written


@dataclass
class Built:
    """What a build did: articles added, already there, the lines of those that failed,
    and the seconds the driver spent writing (the one step that does not spread)."""

    added: int = 0
    claims: int = 0
    skipped: int = 0
    failed: list[str] = field(default_factory=list)
    writing: float = 0.0


def build(paths: list[str], out: str | Path, client: Any = None,
          report: Callable[[str], None] = lambda line: None) -> Built:
    """Build or extend the archive ``out`` from ``paths``; on ``client`` (a Dask
    ``distributed.Client``) when given, else in this process. Both give the same rows."""
    parts = sources.parts(paths)
    names = _map(client, sources.names, parts)
    writer = Writer(out)
    try:
        ids, skipped = _ids(names, writer)
        report(f"{sum(map(len, names)):,} articles in {len(parts):,} parts; "
               f"{skipped:,} archived already")
        built = Built(skipped=skipped)
        work = [(p, i) for p, i in zip(parts, ids) if any(x is not None for x in i)]
        for results in _map_unordered(client, part_rows, work):
            rows = [r for r in results if isinstance(r, ArticleRows)]
            built.failed += [r for r in results if isinstance(r, str)]
            started = time.perf_counter()
            writer.add(rows)
            built.writing += time.perf_counter() - started
            built.added += len(rows)
            built.claims += sum(len(r.claims) for r in rows)
        started = time.perf_counter()
        writer.finish()
        built.writing += time.perf_counter() - started
        return built
    finally:
        writer.close()


def _ids(names: list[list[str | None]], writer: Writer) -> tuple[list[list[int | None]], int]:
    """Each part's article ids, None for a name archived already or unreadable; and how
    many were archived already. Ids follow the archive's last, in name order."""
    counts = Counter(n for n in chain.from_iterable(names) if n is not None)
    twice = sorted(n for n, c in counts.items() if c > 1)
    if twice:
        raise UserError(f"{len(twice)} names stand for two articles in the sources, such as "
                        + ", ".join(twice[:3]) + ": every article needs a name of its own")
    known = writer.known(counts)
    start = writer.next_id()
    numbered = {name: start + i for i, name in enumerate(sorted(counts.keys() - known))}
    return [[numbered.get(n) if n is not None else None for n in part] for part in names], len(known)


def _map(client: Any, fn: Callable[[T], R], items: list[T]) -> list[R]:
    if client is None:
        return [fn(item) for item in items]
    gathered: list[R] = client.gather(client.map(fn, items, pure=False))
    return gathered


def _map_unordered(client: Any, fn: Callable[..., R], work: Iterable[tuple[Any, ...]]) -> Iterator[R]:
    """``fn(*args)`` for each of ``work``, results as they finish; on the cluster at most
    ``IN_FLIGHT`` parts a worker thread at a time, so finished parts never pile up."""
    if client is None:
        yield from (fn(*args) for args in work)
        return
    from distributed import as_completed

    pending = iter(work)
    window = IN_FLIGHT * max(1, sum(client.nthreads().values()))
    running = as_completed([client.submit(fn, *args, pure=False) for args in _take(pending, window)])
    for future in running:
        yield future.result()
        future.release()
        for args in _take(pending, 1):
            running.add(client.submit(fn, *args, pure=False))


def _take(items: Iterator[T], n: int) -> list[T]:
    return [x for _, x in zip(range(n), items)]


@contextmanager
def cluster(scheduler: str | None, workers: int | None = None, processes: bool = True
            ) -> Iterator[Any]:
    """A Dask client on the scheduler at ``scheduler``, else on a local cluster of
    ``workers`` single-threaded workers (processes, or threads of this one), closed after."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UserError("building an archive needs Dask: pip install 'annotator[archive]'") from None
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as exc:
            raise UserError(f"{scheduler}: no Dask scheduler answers there ({exc})") from None
        with client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                      dashboard_address=None) as local, Client(local) as client:
        yield client
