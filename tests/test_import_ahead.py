"""An import's worker processes read only a few chunks ahead of the store, so a folder
of 100,000 files does not pile up in memory when the store writes slower."""

from __future__ import annotations

import os
import time
from pathlib import Path

from annotator.store import files


def _touch(item: tuple[str, int]) -> int:
    """In a worker: mark the item as read."""
    folder, n = item
    (Path(folder) / str(n)).touch()
    return n


def test_workers_run_only_a_few_chunks_ahead(tmp_path):
    work = [(str(tmp_path), n) for n in range(400)]
    results = files.parallel_map(_touch, work)
    assert next(results) == 0
    time.sleep(2)  # the workers go as far as they may
    limit = (files._AHEAD * (os.cpu_count() or 1) + 1) * files._CHUNK
    assert len(list(tmp_path.iterdir())) <= limit < len(work)
    assert list(results) == list(range(1, 400))
