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
from collections.abc import Callable

from annotator.store.check_bench import cached_store

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


def measure(path: str) -> None:
    """In a process of its own: the full run; JSON on stdout."""
    from annotator.store import Store, conflicts

    with sqlite3.connect(path) as conn:
        articles, claims = conn.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM claims)").fetchone()
    with Store(path, editor="bench") as store:
        started = time.perf_counter()
        found, _ = conflicts.find(store)
        seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"articles": articles, "claims": claims, "seconds": seconds,
                      "found": len(found), "peak_mb": peak}))
