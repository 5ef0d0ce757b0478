"""The app's finder builds the facts a store lacks first (once), and says how far."""

from __future__ import annotations

import sqlite3

from annotator.store import Store
from annotator.ui.workers import FinderWorker, start

LINE = "重庆江津讯 2024年，江津综保区班列累计开行1804列，同比增长12%。"


def test_the_finder_reports_building_the_facts_an_older_store_lacks(qtbot, tmp_path):
    path = tmp_path / "old.db"
    with Store(path, editor="amy") as store:
        for i in range(3):
            store.import_text(f"{i}.txt", LINE)
    conn = sqlite3.connect(path)  # as if written before facts were stored
    conn.executescript("DELETE FROM facts; DELETE FROM fact_keys; DELETE FROM fact_articles;")
    conn.close()
    worker = FinderWorker(path, "amy")
    building, found = [], []
    worker.building.connect(lambda done, total: building.append((done, total)))
    worker.finished.connect(found.append)
    thread = start(worker, None)
    qtbot.waitUntil(lambda: bool(found), timeout=20000)
    thread.wait()
    assert building == [(3, 3)] and found[0] > 0
