"""Programs opening one store at once: creation and every migration step happen once."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from annotator.store import schema

REPO = Path(__file__).resolve().parent.parent

# Each child imports everything first, then waits for "go" so that all open at once.
OPEN = """
import sys, time
from annotator.store import Store, schema
if sys.argv[2] == "migrate":  # a second step, slow enough for the others to catch up
    def add_tags(conn):
        conn.execute("CREATE TABLE tags (claim_id INTEGER, tag TEXT)")
        time.sleep(0.2)
    schema.MIGRATIONS.append(add_tags)
print("ready", flush=True)
sys.stdin.readline()
with Store(sys.argv[1], editor="race") as store:
    print(len(store.articles()), flush=True)
"""


def _open_together(path: Path, mode: str, children: int = 3) -> list[subprocess.CompletedProcess]:
    procs = [subprocess.Popen([sys.executable, "-c", OPEN, str(path), mode], cwd=REPO,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(children)]
    for p in procs:
        assert p.stdout.readline().strip() == "ready"
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    results = []
    for p in procs:
        out, err = p.communicate(timeout=60)
        results.append(subprocess.CompletedProcess(p.args, p.returncode, out, err))
    return results


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_programs_creating_one_new_store_at_once_all_open_it(tmp_path):
    for trial in range(4):
        path = tmp_path / f"new{trial}.db"
        for result in _open_together(path, "create"):
            assert (result.returncode, result.stderr) == (0, "")
            assert result.stdout.split() == ["0"]
        assert _version(path) == schema.schema_version()


def test_programs_migrating_one_store_at_once_migrate_it_once(tmp_path, seeded_path):
    results = _open_together(seeded_path, "migrate")
    for result in results:
        assert (result.returncode, result.stderr) == (0, "")
        assert result.stdout.split() == ["5"]
    current = schema.schema_version()
    assert _version(seeded_path) == current + 1
    copies = list(tmp_path.glob(seeded_path.name + f".v{current}-*.bak"))
    assert len(copies) == 1 and _version(copies[0]) == current
