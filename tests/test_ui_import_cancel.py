"""An import cancelled in the app: the files finished before stay whole (claims, facts,
search), the file in progress leaves no trace; the dialog says the time left."""

from __future__ import annotations

import sqlite3

from test_ui_app import import_cancelled_after_three

from annotator.store import Store
from annotator.store.store import COMMIT_BATCH
from annotator.ui.jobs import Jobs


def test_a_cancelled_import_keeps_finished_files_whole_and_nothing_of_the_next(qtbot, tmp_path):
    # enough files for the worker processes: the next ones are being read
    results, path = import_cancelled_after_three(
        qtbot, tmp_path, [f"江津讯 第{i}篇：今年产值达{i + 101}.5亿元，增长{i % 9 + 1}%。" for i in range(80)])
    finished = {r.name for r in results}
    # files ready together commit together: the cancel takes effect after the batch
    # holding the third, and every file committed is reported
    assert 3 <= len(finished) < 3 + COMMIT_BATCH < 80
    with Store(path) as store:
        assert {a.name for a in store.articles()} == finished
        for article in store.articles():
            claims = store.claims(article.id)
            assert len(claims) == 2 and len(store.facts_of([article.id])) == 2
            assert store.search(f"第{int(article.name[:2])}篇")
        assert not store.refresh_facts()  # nothing left half-built
    conn = sqlite3.connect(path)
    for table in ("facts_pending", "fts_pending"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    named = {r[0] for r in conn.execute("SELECT json_extract(after, '$.name') FROM events "
                                        "WHERE entity = 'article'")} - {None}
    assert named <= finished
    conn.close()


def test_the_import_dialog_says_the_time_left(qtbot):
    jobs = Jobs(None)
    assert jobs._import_label("a.txt", 1, 100, 5.0) == "Importing a.txt"
    assert jobs._import_label("a.txt", 10, 100, 5.0) == "Importing a.txt, about 45 s left"
    assert jobs._import_label("a.txt", 10, 1000, 5.0) == "Importing a.txt, about 8 min left"
