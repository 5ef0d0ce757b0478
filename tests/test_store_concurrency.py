"""Two writers at once, and a process killed mid-work: nothing committed is ever lost."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from annotator.bench import generate_articles
from annotator.store import Store

REPO = Path(__file__).resolve().parent.parent


def test_two_connections_writing_at_once_lose_nothing(seeded_path):
    with Store(seeded_path, editor="probe") as store:
        claims = [c for a in store.articles() for c in store.claims(a.id)]
    halves = {"amy": claims[0::2], "bob": claims[1::2]}
    start = threading.Barrier(2)
    errors = []

    def work(editor):
        try:
            with Store(seeded_path, editor=editor) as store:
                start.wait()
                for i, claim in enumerate(halves[editor]):
                    store.decide(claim.id, claim.version, "confirmed")
                    if i % 20 == 0:  # an import's bigger transaction in between
                        store.import_text(f"{editor}-{i}.txt", f"{editor}第{i}稿：签约项目{i + 5}个。")
        except Exception as exc:  # reported below: a thread's exception would vanish
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(name,)) for name in halves]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store(seeded_path, editor="probe") as store:
        decided = {c.id: c.decided_by for a in store.articles() for c in store.claims(a.id)
                   if c.decided}
        assert decided == {c.id: editor for editor, half in halves.items() for c in half}
        pasted = [a.name for a in store.articles() if a.name.startswith(("amy-", "bob-"))]
        assert len(pasted) == sum(len(range(0, len(h), 20)) for h in halves.values())


def _kill_after(script: str, args: list[str], lines: int) -> list[str]:
    """Run ``script`` in a child, read ``lines`` lines it printed, then SIGKILL it (and
    any workers it started) while it is still writing."""
    child = subprocess.Popen([sys.executable, "-c", script, *args], cwd=REPO,
                             stdout=subprocess.PIPE, text=True, start_new_session=True)
    seen = []
    try:
        while len(seen) < lines:
            line = child.stdout.readline()
            assert line, "the child stopped before it was killed"
            seen.append(line.strip())
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    return seen


def _integrity(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


IMPORT = """
import sys
from annotator.store import Store
store = Store(sys.argv[1], editor="crash")
for result in store.iter_import([sys.argv[2]]):
    print(result.name, result.claims, flush=True)
"""

DECIDE = """
import sys
from annotator.store import Store
store = Store(sys.argv[1], editor="crash")
for article in store.articles():
    for claim in store.claims(article.id):
        store.decide(claim.id, claim.version, "rejected", note="crash test")
        print(claim.id, flush=True)
"""


def test_killed_in_the_middle_of_a_long_import(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, text in enumerate(generate_articles(240, seed=7)):
        (folder / f"{i:04}.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "store.db"
    committed = _kill_after(IMPORT, [str(path), str(folder)], lines=30)
    assert _integrity(path) == "ok"
    conn = sqlite3.connect(path)
    stored = dict(conn.execute("SELECT a.name, count(c.id) FROM articles a "
                               "LEFT JOIN claims c ON c.article_id = a.id GROUP BY a.id"))
    conn.close()
    for line in committed:
        name, claims = line.split()
        assert stored[name] == int(claims)
    assert len(stored) < 240  # it really was killed part-way
    last = (folder / committed[-1].split()[0]).read_text(encoding="utf-8")
    with Store(path, editor="check") as store:  # searchable, indexed or not yet
        assert committed[-1].split()[0] in {h.article_name for h in store.search(last[:12])}


def test_killed_in_the_middle_of_a_run_of_decisions(seeded_path):
    committed = _kill_after(DECIDE, [str(seeded_path)], lines=60)
    assert _integrity(seeded_path) == "ok"
    with Store(seeded_path, editor="check") as store:
        for claim_id in map(int, committed):
            claim = store.claim(claim_id)
            assert (claim.status, claim.note, claim.decided_by) == ("rejected", "crash test", "crash")
        decisions = store.history(limit=100_000)
        assert sum(e.action == "decide" for e in decisions) >= len(committed)
        assert store.count_claims(status="rejected") == sum(e.action == "decide" for e in decisions)
