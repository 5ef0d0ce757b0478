"""The store's bench runs end to end at small sizes and prints its figures."""

from __future__ import annotations

import re

from annotator.store import bench


def test_quick_bench_prints_each_figure(monkeypatch):
    # what is printed is under test, not the figures: smaller than --quick, timed once (3 % of
    # the claims are corrected: 8,000 fill the first page of 200)
    monkeypatch.setattr(bench, "QUICK", {"import": 12, "articles": 80, "claims": 8_000, "largest": 200})
    monkeypatch.setattr(bench, "_REPEAT", 1)
    lines = []
    bench.run(quick=True, report=lines.append)
    assert re.fullmatch(rf"import: {bench.QUICK['import']} articles in [\d.]+ s \(\d+ articles/s\); "
                        r"CPU an article: writer [\d.]+ ms, workers [\d.]+ ms; "
                        r"peak memory: writer \d+ MB, largest worker \d+ MB", lines[0])
    assert lines[1].startswith(f"store: {bench.QUICK['claims']:,} claims in ")
    assert re.fullmatch(rf"list the largest article's claims \({bench.QUICK['largest']}\): "
                        r"[\d.]+ ms", lines[2])
    filters = [line for line in lines if line.startswith("status filter")]
    assert len(filters) == 2
    assert all(re.search(r"count \+ first 200 rows [\d.]+ ms$", line) for line in filters)
