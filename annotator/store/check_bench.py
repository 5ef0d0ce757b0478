"""``annotator bench --only check``: one draft checked against a store of a million
claims, as ``annotator check`` does it (import, then the finder over the draft alone).

The store is built once and cached in the temporary folder: generated articles
(``annotator.bench``), extracted and turned into facts in worker processes, inserted in
bulk. Each store size is measured in a process of its own, so its peak memory is the
check's, not the build's.
"""

from __future__ import annotations

import json
import os
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from annotator.extract import EXTRACTOR_VERSION, extract_claims
from annotator.linking.facts import ClaimValues, facts_of_article
from annotator.store import facts as stored_facts
from annotator.store.files import EXTRACTED_FIELDS, claim_rows, parallel_map
from annotator.store.store import Store

SIZES = (10_000, 1_000_000)
QUICK_SIZES = (2_000, 20_000)
DRAFTS = 20
_CHUNK = 2_000  # articles generated, extracted and inserted at a time
_PUBLISHED = "2025-05-24"


def run(quick: bool = False, report: Callable[[str], None] = print) -> None:
    peaks = {}
    for claims in QUICK_SIZES if quick else SIZES:
        started = time.perf_counter()
        path = cached_store(claims)
        report(f"check: store of {claims:,} claims ready in {time.perf_counter() - started:.0f} s "
               f"({path})")
        out = subprocess.run([sys.executable, "-c", "import sys; from annotator.store."
                              "check_bench import measure; measure(sys.argv[1])", str(path)],
                             capture_output=True, text=True, check=True)
        figures = json.loads(out.stdout.strip().splitlines()[-1])
        peaks[claims] = figures["peak_mb"]
        times = sorted(figures["seconds"])
        p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]
        report(f"check: one draft against {claims:,} claims: median {statistics.median(times):.2f} s,"
               f" p95 {p95:.2f} s over {len(times)} drafts ({figures['found']} suggestions); "
               f"peak memory {figures['peak_mb']:.0f} MB")
    small, large = sorted(peaks)
    report(f"check: peak memory at {large:,} claims is {peaks[large] - peaks[small]:+.0f} MB "
           f"over {small:,}")


def measure(path: str) -> None:
    """In a process of its own: 20 drafts checked one after the other; JSON on stdout."""
    from annotator.bench import generate_articles
    from annotator.store import conflicts

    seconds, found = [], 0
    with tempfile.TemporaryDirectory(prefix="annotator-check-") as tmp:
        copy = Path(tmp) / "store.db"
        _copy(Path(path), copy)  # the drafts must not grow the cached store
        with Store(copy, editor="bench") as store:
            for i, text in enumerate(generate_articles(DRAFTS, seed=4242)):
                draft_file = Path(tmp) / f"draft-{i:02}.txt"
                draft_file.write_text(text, encoding="utf-8")
                started = time.perf_counter()  # what `annotator check FILE` does
                (result,) = store.import_paths([draft_file])
                assert result.article_id is not None, result.error
                suggestions, _ = conflicts.record(store, {result.article_id})
                seconds.append(time.perf_counter() - started)
                found += len(suggestions)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "found": found, "peak_mb": peak}))


def _copy(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def cached_store(claims: int, size: int = 2500) -> Path:
    """A store of about ``claims`` claims with their facts, from articles of about
    ``size`` characters, built once per extractor and finder version."""
    folder = Path(tempfile.gettempdir()) / "annotator-bench-cache"
    folder.mkdir(exist_ok=True)
    tag = re.sub(r"\W", "_", f"{EXTRACTOR_VERSION}-{stored_facts.STORED_VERSION}")
    path = folder / (f"check-{claims}-{tag}.db" if size == 2500 else f"check-{claims}-{size}-{tag}.db")
    if not path.exists():
        partial = path.with_name(path.name + ".partial")
        partial.unlink(missing_ok=True)
        build(partial, claims, size)
        os.replace(partial, path)
    return path


def build(path: Path, claims: int, size: int = 2500) -> None:
    from annotator.bench import generate_articles

    Store(path, editor="bench").close()  # the schema, as the program makes it
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    total, article_id, seed = 0, 0, 0
    while total < claims:
        texts = generate_articles(_CHUNK, size, seed=1000 + seed)
        seed += 1
        work = [(article_id + i + 1, text) for i, text in enumerate(texts)]
        conn.execute("BEGIN")
        for (an_id, text), (rows, fact_rows, key_rows) in zip(
                work, parallel_map(_article_rows, work), strict=True):
            conn.execute("INSERT INTO articles (id, name, title, content_hash, text, published, "
                         "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (an_id, f"archive/{an_id:07}.txt", f"第{an_id}篇", f"bench{an_id}",
                          text, _PUBLISHED, "2025-05-24T00:00:00+00:00"))
            conn.executemany(_INSERT_CLAIM, rows)
            conn.executemany("INSERT INTO facts (claim_id, article_id, value, keys, row) "
                             "VALUES (?, ?, ?, ?, ?)", fact_rows)
            conn.executemany("INSERT INTO fact_keys (key, value, claim_id, year, entity) "
                             "VALUES (?, ?, ?, ?, ?)", key_rows)
            conn.execute("INSERT INTO fact_articles VALUES (?, ?)",
                         (an_id, stored_facts.STORED_VERSION))
            total += len(rows)
            if total >= claims:
                break
        article_id = an_id
        # the facts are written above; the bench store has no full-text index to keep
        conn.execute("DELETE FROM facts_pending")
        conn.execute("DELETE FROM fts_pending")
        conn.execute("COMMIT")
    conn.close()


_INSERT_CLAIM = (f"INSERT INTO claims (id, article_id, {', '.join(EXTRACTED_FIELDS)}) "
                 f"VALUES (?, ?{', ?' * len(EXTRACTED_FIELDS)})")


def _article_rows(item: tuple[int, str]) -> tuple[list[Any], list[Any], list[Any]]:
    """In a worker: an article's claim rows, with ids of its own (article id × 1000 + n),
    and its facts' rows."""
    article_id, text = item
    claims = extract_claims(text)
    ids = [article_id * 1000 + n for n in range(len(claims))]
    rows = [(i, article_id, *row) for i, row in zip(ids, claim_rows(text, claims))]
    values = [ClaimValues(i, c.start, c.end, c.text, c.value, c.value_high, c.unit, c.qualifier,
                          c.kind, c.metric, c.entity, c.period) for i, c in zip(ids, claims)]
    built = facts_of_article(article_id, f"archive/{article_id:07}.txt", text, _PUBLISHED, None,
                             values)
    return (rows, *stored_facts.rows_of(built))
