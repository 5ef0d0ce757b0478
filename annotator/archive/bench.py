"""The archive's speed: ``annotator bench --only archive [--size N]``.

N distinct generated articles (the seeds' sentences with every figure varied, as the
other benches make them) written as JSONL, then built into an archive twice, each in a
fresh process: on a local Dask cluster of two worker processes, and in one process. For
each, the time and the peak memory (all the processes of the build, sampled). Then the
two archives are compared row for row, and a draft whose figure was changed is checked
against the big archive, as an editor would.
"""

from __future__ import annotations

import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from annotator.archive.index import TABLES

SIZE, QUICK_SIZE = 100_000, 2_000
_BATCH = 5_000  # articles generated at a time, so the bench never holds them all
_MEASURE = ("import sys; from annotator.archive.bench import measure; "
            "measure(sys.argv[1], sys.argv[2], sys.argv[3])")


def run(quick: bool = False, size: int | None = None, report: Callable[[str], None] = print) -> None:
    try:
        import distributed  # noqa: F401  (the extra's; say so rather than fail half-way)
    except ImportError:
        report("archive: skipped, Dask is not installed (pip install 'annotator[archive]')")
        return
    count = size or (QUICK_SIZE if quick else SIZE)
    with tempfile.TemporaryDirectory(prefix="annotator-archive-bench-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        source, draft = write_corpus(folder, count)
        report(f"archive: {count:,} generated articles written as JSONL "
               f"({source.stat().st_size / 2**20:,.0f} MB) in {time.perf_counter() - started:.0f} s")
        built = {}
        for mode in ("cluster", "single"):
            out = folder / f"{mode}.db"
            figures = json.loads(subprocess.run([sys.executable, "-c", _MEASURE, mode, str(source),
                                                 str(out)], check=True, capture_output=True,
                                                text=True).stdout)
            built[mode] = out
            what = "2-worker LocalCluster" if mode == "cluster" else "one process, no Dask"
            report(f"archive build, {what}: {figures['seconds']:.1f} s "
                   f"({count / figures['seconds']:,.0f} articles/s), peak memory "
                   f"{figures['peak_mb']:,.0f} MB all processes ({figures['driver_mb']:,.0f} MB "
                   f"the driver); {figures['claims']:,} claims, archive {out.stat().st_size / 2**20:,.0f} MB; "
                   f"the driver wrote for {figures['writing']:.1f} s of it")
        same = digest(built["cluster"]) == digest(built["single"])
        report(f"archive: the two builds are {'identical' if same else 'DIFFERENT'}, row for row")
        sizes = table_sizes(built["single"])
        if sizes:
            report(f"archive on disk: {sum(sizes.values()) / count / 1024:.1f} KB an article: "
                   + ", ".join(f"{name} {size / count / 1024:.1f}" for name, size in sizes.items()))
        check_time(built["single"], draft, folder, report)


def write_corpus(folder: Path, count: int) -> tuple[Path, Path]:
    """``count`` articles as JSONL, and a draft: the first article with a figure changed."""
    from annotator.bench import generate_articles

    source, first = folder / "articles.jsonl", None
    with open(source, "w", encoding="utf-8") as f:
        for batch in range(0, count, _BATCH):
            texts = generate_articles(min(_BATCH, count - batch), size=1200, seed=20 + batch)
            first = first or texts[0]
            for i, text in enumerate(texts, start=batch):
                f.write(json.dumps({"name": f"gen-{i:08}.txt", "text": text}, ensure_ascii=False) + "\n")
    draft = folder / "draft.txt"
    assert first is not None, "no articles written"
    draft.write_text(_changed_figure(first), encoding="utf-8")
    return source, draft


def _changed_figure(text: str) -> str:
    """The text with its first figure of three digits or more written with two digits
    swapped, the finder's commonest planted slip."""
    from annotator.extract import extract_claims

    for claim in extract_claims(text):
        digits = [i for i, ch in enumerate(claim.text) if ch.isdigit()]
        if len(digits) >= 3 and claim.text[digits[0]] != claim.text[digits[1]]:
            a, b = digits[0], digits[1]
            swapped = list(claim.text)
            swapped[a], swapped[b] = swapped[b], swapped[a]
            return text[:claim.start] + "".join(swapped) + text[claim.end:]
    return text


def measure(mode: str, source: str, out: str) -> None:
    """Build ``out`` from ``source`` in this fresh process, and print the figures as JSON."""
    from annotator.archive.build import build, cluster

    peak = _PeakMemory()
    started = time.perf_counter()
    if mode == "cluster":
        with cluster(None, workers=2) as client:
            built = build([source], out, client)
    else:
        built = build([source], out)
    seconds = time.perf_counter() - started
    peak.stop()
    print(json.dumps({"seconds": seconds, "claims": built.claims, "peak_mb": peak.mb, "writing": built.writing,
                      "driver_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


class _PeakMemory:
    """The largest resident memory of this process and its descendants together,
    sampled five times a second (psutil comes with Dask's distributed)."""

    def __init__(self) -> None:
        import psutil

        self.process, self.mb, self._done = psutil.Process(), 0.0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        import psutil

        while not self._done.wait(0.2):
            total = 0
            for p in [self.process, *self.process.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except psutil.Error:  # a worker that ended between listing and reading
                    pass
            self.mb = max(self.mb, total / 2**20)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


def digest(path: Path) -> list[int]:
    """A hash of each table in its order: equal archives, equal lists."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [hash(tuple(conn.execute(f"SELECT * FROM {table} ORDER BY {order}")))
                for table, order in TABLES.items()]
    finally:
        conn.close()


def table_sizes(path: Path) -> dict[str, int]:
    """Bytes each table and index takes (SQLite's dbstat), largest first; empty where
    this SQLite lacks dbstat."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"))
    except sqlite3.OperationalError:
        return {}
    finally:
        conn.close()


def check_time(archive: Path, draft: Path, folder: Path, report: Callable[[str], None]) -> None:
    """``annotator check DRAFT --archive`` in a fresh process, each run on a new store:
    the median wall time of three, start-up and jieba's dictionary included; and the
    archive's part alone (read the facts sharing the draft's keys, judge them)."""
    from annotator.archive.index import Archive
    from annotator.archive.rows import article_rows
    from annotator.archive.sources import Record
    from annotator.linking import find_links
    from annotator.linking.facts import from_row

    def command(*archived: str) -> tuple[float, str]:
        times, found = [], ""
        for i in range(3):
            store = str(folder / f"check-{len(archived)}-{i}.db")  # a new, empty store each run
            started = time.perf_counter()
            found = subprocess.run([sys.executable, "-m", "annotator", "check", str(draft), "--format",
                                    "jsonl", "--db", store, *archived],
                                   check=True, capture_output=True, text=True).stdout
            times.append(time.perf_counter() - started)
        return sorted(times)[1], found

    seconds, found = command("--archive", str(archive))
    alone, _ = command()
    conflicts = [json.loads(line) for line in found.splitlines()]
    conflicts = [s for s in conflicts if s["relation"] == "conflict" and s["code"] == "digits_transposed"]
    report(f"check one draft against the archive: {seconds:.2f} s a command (fresh process; "
           f"{alone:.2f} s without --archive: start-up, jieba, the draft's import); planted slip "
           f"{'found' if conflicts else 'not found'} ({len(found.splitlines())} suggestions)")
    text = draft.read_text(encoding="utf-8")
    mine = [from_row(json.loads(row)) for _, _, row in article_rows(1, Record("draft.txt", text)).facts]
    with Archive(archive) as opened:
        started = time.perf_counter()
        archived = opened.facts_near(mine)
        read = time.perf_counter() - started
        judged_links = find_links(mine + archived, {1: text}, only={1})
        judged = time.perf_counter() - started - read
        fetched = opened.conn.execute("SELECT sum(length(row)) FROM facts WHERE claim_id IN "
                                      "(SELECT value FROM json_each(?))",
                                      (json.dumps([-f.claim_id for f in archived]),)).fetchone()[0]
    report(f"  of which the archive: {len(mine)} draft facts' keys read {len(archived):,} archived "
           f"facts ({(fetched or 0) / 2**20:.1f} MB of rows) in {read * 1000:.0f} ms, judged in "
           f"{judged * 1000:.0f} ms ({len(judged_links)} suggestions)")
