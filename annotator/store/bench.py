"""Speed figures for the store, printed; ``annotator bench`` calls ``run``.

- import: distinct generated articles (the seeds' sentences with every figure varied)
  written to files and imported as a folder, extraction included;
- queries on a store of a million claims (20,000 articles, the largest with 2,000), built
  by inserting rows in bulk rather than through the extractor, so it takes seconds.

Query figures are the median of several runs on a store opened afresh.
"""

from __future__ import annotations

import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from annotator.store.records import StoredClaim
from annotator.store.store import Store

R = TypeVar("R")

FULL = {"import": 10_000, "articles": 20_000, "claims": 1_000_000, "largest": 2_000}
QUICK = {"import": 120, "articles": 400, "claims": 20_000, "largest": 200}
# 90 % unchecked, then confirmed, corrected, rejected: a desk part-way through its work.
_STATUSES = ["unchecked"] * 90 + ["confirmed"] * 5 + ["corrected"] * 3 + ["rejected"] * 2
_REPEAT = 7


def run(quick: bool = False, report: Callable[[str], None] = print) -> None:
    sizes = QUICK if quick else FULL
    with tempfile.TemporaryDirectory(prefix="annotator-bench-") as tmp:
        import_rate(Path(tmp), sizes["import"], report)
        query_times(Path(tmp) / "big.db", sizes, report)


def import_rate(folder: Path, count: int, report: Callable[[str], None]) -> float:
    from annotator.bench import generate_articles

    articles = folder / "articles"
    articles.mkdir()
    for i, text in enumerate(generate_articles(count, seed=11)):
        (articles / f"{i:05}.txt").write_text(text, encoding="utf-8")
    with Store(folder / "import.db", editor="bench") as store:
        writer, workers = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        results = store.import_paths([articles])
        seconds = time.perf_counter() - started
        # the workers' time is counted once the pool has ended them, as the import does
        writer, workers = _cpu(resource.RUSAGE_SELF) - writer, _cpu(resource.RUSAGE_CHILDREN) - workers
    assert all(r.status == "new" for r in results), "the bench articles must all import"
    # CPU an article: what the code costs, whatever else the machine runs (the rate is
    # what is left of two cores shared with other work)
    report(f"import: {count} articles in {seconds:.1f} s ({count / seconds:.0f} articles/s); "
           f"CPU an article: writer {writer / count * 1000:.2f} ms, workers "
           f"{workers / count * 1000:.2f} ms; peak memory: writer {_peak_mb(resource.RUSAGE_SELF)} "
           f"MB, largest worker {_peak_mb(resource.RUSAGE_CHILDREN)} MB")
    return seconds


def _peak_mb(who: int) -> int:
    """The largest resident size of this process (its whole life: the import is its first
    large work) or of its largest ended child; Linux counts in KiB, macOS in bytes."""
    peak = resource.getrusage(who).ru_maxrss
    return round(peak / (2**20 if sys.platform == "darwin" else 2**10))


def _cpu(who: int) -> float:
    """User and system seconds of this process (RUSAGE_SELF) or of its ended children."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def query_times(path: Path, sizes: dict[str, int], report: Callable[[str], None]) -> None:
    started = time.perf_counter()
    largest_id = build_store(path, sizes["articles"], sizes["claims"], sizes["largest"])
    report(f"store: {sizes['claims']:,} claims in {sizes['articles']:,} articles, "
           f"built in {time.perf_counter() - started:.1f} s")
    with Store(path, editor="bench") as store:
        ms, claims = _median_ms(lambda: store.claims(largest_id))
        report(f"list the largest article's claims ({len(claims):,}): {ms:.1f} ms")
        for status in ("unchecked", "corrected"):
            def filtered(status: str = status) -> tuple[int, list[StoredClaim]]:
                return store.count_claims(status=status), store.claims_page(status=status, limit=200)

            ms, (count, page) = _median_ms(filtered)
            report(f"status filter {status!r} ({count:,} claims): count + first {len(page)} "
                   f"rows {ms:.1f} ms")
        ms, articles = _median_ms(store.articles)
        report(f"articles panel ({len(articles):,} articles with progress): {ms:.1f} ms")


def _median_ms(work: Callable[[], R]) -> tuple[float, R]:
    times = []
    for _ in range(_REPEAT):
        started = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def build_store(path: Path, articles: int, claims: int, largest: int) -> int:
    """A store of ``claims`` claims over ``articles`` articles, the first holding
    ``largest``; inserted directly, in one transaction. The id of the largest article."""
    Store(path, editor="bench").close()  # the schema, as the program makes it
    conn = sqlite3.connect(path, isolation_level=None)
    rng = random.Random(5)
    rest, extra = divmod(claims - largest, articles - 1)
    conn.execute("BEGIN")
    for n in range(articles):
        count = largest if n == 0 else rest + (n <= extra)
        _insert_article(conn, n, count, rng)
    conn.execute("COMMIT")
    conn.close()
    return 1


def _insert_article(conn: sqlite3.Connection, n: int, count: int, rng: random.Random) -> None:
    parts, rows, pos = [], [], 0
    for j in range(count):
        figure = f"{rng.randint(1, 9999)}.{rng.randint(0, 9)}亿元"
        # five sentences a paragraph, as articles are printed: a 2,000-claim article
        # in one paragraph would measure Qt laying out 35,000 characters at once
        sentence = f"第{j + 1}项指标达{figure}。" + ("\n\n" if j % 5 == 4 else "")
        start = pos + sentence.index(figure)
        rows.append((start, start + len(figure), figure, float(figure[:-2]) * 1e8,
                     rng.choice(_STATUSES)))
        parts.append(sentence)
        pos += len(sentence)
    text = "".join(parts)
    article_id = conn.execute(
        "INSERT INTO articles (name, title, content_hash, text, imported_at) "
        "VALUES (?, ?, ?, ?, '2025-05-24T00:00:00+00:00')",
        (f"bench/{n:05}.txt", f"第{n}篇", f"hash{n}", text)).lastrowid
    conn.executemany(
        "INSERT INTO claims (article_id, start, end, text, value, unit, qualifier, kind, "
        "origin, extractor_version, status) "
        "VALUES (?, ?, ?, ?, ?, '元', 'exact', 'amount', 'extractor', 'bench', ?)",
        [(article_id, *row) for row in rows])
