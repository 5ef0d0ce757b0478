"""Exports and backups never overwrite the store or the files SQLite keeps beside it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.store import InvalidInputError, Store

REPO = Path(__file__).resolve().parent.parent


def _aliases(store_path: Path) -> list[Path]:
    """Every way we know of naming the store or a companion file of it."""
    folder = store_path.parent
    wal = store_path.with_name(store_path.name + "-wal")
    names = [store_path, wal, store_path.with_name(store_path.name + "-shm"),
             store_path.with_name(store_path.name + "-journal"),
             folder / "sub" / ".." / store_path.name]
    (folder / "sub").mkdir(exist_ok=True)
    for i, real in enumerate((store_path, wal, store_path.with_name(store_path.name + "-journal"))):
        link = folder / f"link{i}.db"
        if not link.is_symlink():
            link.symlink_to(real)
        names.append(link)
    for i, real in enumerate(p for p in (store_path, wal) if p.exists()):
        hard = folder / f"hard{i}.db"
        if not hard.exists():
            os.link(real, hard)
        names.append(hard)
    return names


def _decide_some(store: Store, n: int = 5) -> dict[int, str]:
    claims = store.claims(1)[:n]
    for c in claims:
        store.decide(c.id, c.version, "rejected", note=f"n{c.id}")
    return {c.id: f"n{c.id}" for c in claims}


def _notes(path: Path) -> dict[int, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT id, note FROM claims WHERE note IS NOT NULL"))
    finally:
        conn.close()


def test_export_and_backup_refuse_the_store_and_every_alias_of_it(seeded):
    decided = _decide_some(seeded)
    assert seeded.path.with_name(seeded.path.name + "-wal").stat().st_size > 0
    for alias in _aliases(seeded.path):
        before = {p: p.read_bytes() for p in seeded.path.parent.iterdir()
                  if p.is_file() and not p.is_symlink() and not p.name.endswith("-shm")}
        for attempt in (lambda alias=alias: seeded.export_to("csv", alias),
                        lambda alias=alias: seeded.backup(alias)):
            with pytest.raises(InvalidInputError, match="that is the store"):
                attempt()
        after = {p: p.read_bytes() for p in before}
        assert after == before, alias
        assert not list(seeded.path.parent.glob("*.partial"))
    seeded.close()
    assert _notes(seeded.path) == decided


def test_the_command_line_refuses_to_export_or_back_up_onto_the_store(seeded_path, capsys):
    for argv in (["export", "--db", str(seeded_path), "--format", "csv", "-o", str(seeded_path)],
                 ["backup", "--db", str(seeded_path), str(seeded_path) + "-wal"]):
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "that is the store" in err and str(seeded_path) in err
    with Store(seeded_path, create=False) as store:
        assert len(store.articles()) == 5


def test_an_export_is_written_through_a_symlink_not_over_it(seeded, tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "claims.csv"
    link.symlink_to(real)
    seeded.export_to("csv", link)
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8-sig").startswith("article,")


# A writer deciding claims round after round until it is killed, printing each claim id
# and round once the decision is committed.
WRITER = """
import itertools, sys
from annotator.store import Store
store = Store(sys.argv[1], editor="crash")
ids = [c.id for a in store.articles() for c in store.claims(a.id)][:40]
print("open", flush=True)
for rnd in itertools.count():
    for claim_id in ids:
        claim = store.claim(claim_id)
        store.decide(claim.id, claim.version, "rejected", note=str(rnd))
        print(claim.id, rnd, flush=True)
"""


def test_backups_onto_each_alias_during_a_killed_writer_lose_no_decision(seeded_path):
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(seeded_path)], cwd=REPO,
                             stdout=subprocess.PIPE, text=True, start_new_session=True)
    committed: dict[int, int] = {}  # claim id → the last round it was seen committed in

    def read_some() -> None:
        for _ in range(5):
            claim_id, rnd = map(int, child.stdout.readline().split())
            committed[claim_id] = rnd

    refused = 0
    try:
        assert child.stdout.readline().strip() == "open"
        read_some()  # the -wal file exists now
        with Store(seeded_path, editor="backup") as other:
            for alias in _aliases(seeded_path):
                with pytest.raises(InvalidInputError, match="that is the store"):
                    other.backup(alias)
                refused += 1
                read_some()
        for alias in _aliases(seeded_path)[:4]:  # and through the command line
            assert subprocess.run([sys.executable, "-m", "annotator", "backup", str(alias),
                                   "--db", str(seeded_path)], cwd=REPO,
                                  capture_output=True).returncode == 1
            refused += 1
            read_some()
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert refused >= 12
    conn = sqlite3.connect(seeded_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {r[0]: int(r[1]) for r in conn.execute(
        "SELECT id, note FROM claims WHERE status = 'rejected' AND decided_by = 'crash'")}
    conn.close()
    assert len(committed) > 5
    for claim_id, rnd in committed.items():
        assert stored[claim_id] >= rnd  # this decision, or a later one it made
