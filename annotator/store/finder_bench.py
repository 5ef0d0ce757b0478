"""``annotator bench --only linking``, over a store: one full finder run over 100,000
generated articles (``--quick``: 2,000), as ``annotator suggest`` runs it. The stored
facts are read a head at a time, judged, and the suggestions' claims named.

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
from typing import TypeVar

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
           f"{figures['found']:,} suggestions; peak memory {figures['peak_mb']:,.0f} MB")
    parts = figures["parts"]
    report(f"linking: of the run, reading facts a head at a time {parts['heads']:.1f} s, "
           f"an article at a time {parts['articles']:.1f} s, naming the claims "
           f"{parts['named']:.1f} s, the rest (judging) {parts['judging']:.1f} s; "
           f"CPU {figures['cpu']:.1f} s")


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
    with timed as store:
        cpu = _cpu()
        started = time.perf_counter()
        found, _ = conflicts.find(store)
        seconds = time.perf_counter() - started
        cpu = _cpu() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    parts = {**timed.spent, "judging": seconds - sum(timed.spent.values())}
    print(json.dumps({"articles": articles, "claims": claims, "seconds": seconds,
                      "found": len(found), "peak_mb": peak, "cpu": cpu, "parts": parts}))


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


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
