"""Programs opening one store at once: creation and every migration step happen once."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from annotator.store import schema

REPO = Path(__file__).resolve().parent.parent

# Each child imports everything first; then, for each store path it is sent, opens it at
# once (all children are sent it together) and prints its article count. One set of
# programs serves every trial: starting them is most of the test's time.
OPEN = """
import sys, time
from annotator.store import Store, schema
if sys.argv[1] == "migrate":  # a second step, slow enough for the others to catch up
    def add_tags(conn):
        conn.execute("CREATE TABLE tags (claim_id INTEGER, tag TEXT)")
        time.sleep(0.2)
    schema.MIGRATIONS.append(add_tags)
print("ready", flush=True)
for line in sys.stdin:
    with Store(line.strip(), editor="race") as store:
        print(len(store.articles()), flush=True)
"""


@contextmanager
def _programs(mode: str, children: int = 3) -> Iterator[Callable[[Path], list[str]]]:
    """``open_together(path)`` → what each program printed on opening ``path``; on leaving,
    every program has exited 0 and said nothing on stderr."""
    procs = [subprocess.Popen([sys.executable, "-c", OPEN, mode], cwd=REPO,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(children)]
    for p in procs:
        assert p.stdout.readline().strip() == "ready"

    def open_together(path: Path) -> list[str]:
        for p in procs:
            p.stdin.write(f"{path}\n")
            p.stdin.flush()
        return [p.stdout.readline().strip() for p in procs]

    try:
        yield open_together
    finally:
        for p in procs:
            _, err = p.communicate(timeout=60)
            assert (p.returncode, err) == (0, "")


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_programs_creating_one_new_store_at_once_all_open_it(tmp_path):
    with _programs("create") as open_together:
        for trial in range(4):
            path = tmp_path / f"new{trial}.db"
            assert open_together(path) == ["0", "0", "0"]
            assert _version(path) == schema.schema_version()


def test_programs_migrating_one_store_at_once_migrate_it_once(tmp_path, seeded_path):
    with _programs("migrate") as open_together:
        assert open_together(seeded_path) == ["5", "5", "5"]
    current = schema.schema_version()
    assert _version(seeded_path) == current + 1
    copies = list(tmp_path.glob(seeded_path.name + f".v{current}-*.bak"))
    assert len(copies) == 1 and _version(copies[0]) == current
