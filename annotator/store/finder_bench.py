"""``annotator bench --only linking``, over a store: one full finder run over 100,000
generated articles (``--quick``: 2,000), as ``annotator suggest`` runs it. The stored
facts are read a head at a time, judged, and the suggestions' claims named. From
``full_run.WORKER_FROM`` facts on, the largest heads are judged in a worker process: the
run's CPU is both processes', and its peak memory the most the two held at once
(sampled five times a second, with the archive extra's psutil), beside each one's own.

The store is built once and cached (``check_bench.cached_store``: articles of the
linking bench's size, extracted and turned into facts in worker processes). The run is
measured in a process of its own, so its peak memory is the run's, not the build's.
"""

from __future__ import annotations

import json
import resource
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from annotator.linking import Fact
from annotator.store.check_bench import cached_store
from annotator.store.records import StoredClaim

CLAIMS = 1_000_000   # about 100,000 articles of SIZE characters
QUICK_CLAIMS = 20_000
SIZE = 1_200


def run(quick: bool = False, report: Callable[[str], None] = print) -> None:
    started = time.perf_counter()
    path = cached_store(QUICK_CLAIMS if quick else CLAIMS, SIZE)
    report(f"linking: store ready in {time.perf_counter() - started:.0f} s ({path})")
    out = subprocess.run([sys.executable, "-c", "import sys; from annotator.store.finder_bench "
                          "import measure; measure(sys.argv[1])", str(path)],
                         capture_output=True, text=True, check=True)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    report(f"linking: a full run over a store of {figures['articles']:,} articles "
           f"({figures['claims']:,} claims) in {figures['seconds']:.1f} s, "
           f"{figures['found']:,} suggestions; peak memory {figures['peak_mb']:,.0f} MB "
           f"(this process {figures['own_mb']:,.0f} MB, its worker {figures['worker_mb']:,.0f} MB)")
    parts = figures["parts"]
    report(f"linking: of the run in this process, reading facts a head at a time "
           f"{parts['heads']:.1f} s, an article at a time {parts['articles']:.1f} s, naming the "
           f"claims {parts['named']:.1f} s, the rest (judging, waiting) {parts['judging']:.1f} s; "
           f"CPU {figures['cpu']:.1f} s ({figures['worker_cpu']:.1f} s of it the worker's)")


def measure(path: str) -> None:
    """In a process of its own: the full run; JSON on stdout, with where its time went."""
    from annotator.store import Store, conflicts

    class Timed(Store):
        """The store's reads timed as the finder makes them."""

        spent: dict[str, float]

        def facts_by_head(self) -> Iterator[list[Fact]]:
            return _timed(super().facts_by_head(), self.spent, "heads")

        def facts_by_article(self) -> Iterator[tuple[list[Fact], str]]:
            return _timed(super().facts_by_article(), self.spent, "articles")

        def fact_rows(self, claim_ids: Iterable[int]) -> Iterator[tuple[Any, ...]]:
            return _timed(super().fact_rows(claim_ids), self.spent, "heads")

        def claims_by_id(self, claim_ids: Iterable[int]) -> list[StoredClaim]:
            started = time.perf_counter()
            try:
                return super().claims_by_id(claim_ids)
            finally:
                self.spent["named"] += time.perf_counter() - started

    with sqlite3.connect(path) as conn:
        articles, claims = conn.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM claims)").fetchone()
    timed = Timed(path, editor="bench")
    timed.spent = {"heads": 0.0, "articles": 0.0, "named": 0.0}
    from annotator.archive.bench import PeakMemory

    memory = PeakMemory()
    with timed as store:
        cpu, worker_cpu = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        found, _ = conflicts.find(store)
        seconds = time.perf_counter() - started
        worker_cpu = _cpu(resource.RUSAGE_CHILDREN) - worker_cpu
        cpu = _cpu(resource.RUSAGE_SELF) - cpu + worker_cpu
    memory.stop()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    parts = {**timed.spent, "judging": seconds - sum(timed.spent.values())}
    print(json.dumps({"articles": articles, "claims": claims, "seconds": seconds,
                      "found": len(found), "peak_mb": max(memory.mb, own), "own_mb": own,
                      "worker_mb": worker, "cpu": cpu, "worker_cpu": worker_cpu, "parts": parts}))


T = TypeVar("T")


def _timed(items: Iterator[T], spent: dict[str, float], part: str) -> Iterator[T]:
    """``items``, the time spent making each added to ``spent[part]``."""
    while True:
        started = time.perf_counter()
        item = next(items, None)
        spent[part] += time.perf_counter() - started
        if item is None:
            return
        yield item
        del item  # a head's facts are let go before the next is read


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime
