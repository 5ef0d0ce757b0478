"""The store's commands end to end: import, stats, export, backup, reextract, and errors."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from test_store_support import SEED_003, SEED_DIR, SEEDS

from annotator.cli import main
from annotator.store import schema

REPO = Path(__file__).resolve().parent.parent


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_then_import_again_reports_new_then_unchanged(tmp_path, capsys):
    db = str(tmp_path / "s.db")
    code, out, err = _run(capsys, "import", str(SEED_DIR), "--db", db)
    assert (code, err) == (0, "")
    assert out.count("\nnew ") + out.startswith("new ") == len(SEEDS)
    assert out.splitlines()[-1].endswith(f": {len(SEEDS)} new, 0 updated, 0 unchanged, 0 failed")
    code, out, _ = _run(capsys, "import", str(SEED_DIR), "--db", db)
    assert code == 0 and f"0 new, 0 updated, {len(SEEDS)} unchanged" in out


def test_stats_and_export_honour_annotator_db(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ANNOTATOR_DB", str(tmp_path / "env.db"))
    _run(capsys, "import", str(SEED_DIR))
    code, out, _ = _run(capsys, "stats")
    header, *rows, total = out.splitlines()
    assert code == 0 and header.split()[:6] == ["article", "claims", "decided", "disputed", "open",
                                               "conflicts"]
    assert len(rows) == len(SEEDS) and total.split()[0] == "total"
    code, out, _ = _run(capsys, "stats", "--json")
    assert {r["name"] for r in json.loads(out)} == {p.name for p in SEEDS}
    code, out, _ = _run(capsys, "export", "--format", "json", "--article", SEED_003)
    assert [a["name"] for a in json.loads(out)["articles"]] == [SEED_003]


def test_export_to_a_file_for_excel(tmp_path, capsys):
    db = str(tmp_path / "s.db")
    _run(capsys, "import", str(SEED_DIR), "--db", db)
    target = tmp_path / "out.csv"
    code, out, _ = _run(capsys, "export", "--db", db, "--format", "csv", "-o", str(target))
    assert (code, out) == (0, "")
    with open(target, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["article"] for r in rows} == {p.name for p in SEEDS}
    code, out, _ = _run(capsys, "export", "--db", db, "--format", "jsonld", "--status", "confirmed")
    assert json.loads(out)["@graph"] == []


def test_backup_makes_a_sound_copy(tmp_path, capsys):
    db = str(tmp_path / "s.db")
    _run(capsys, "import", str(SEED_DIR), "--db", db)
    copy = tmp_path / "b.db"
    copy.write_text("yesterday's copy, broken", encoding="utf-8")  # replaced, not appended to
    code, out, _ = _run(capsys, "backup", str(copy), "--db", db)
    assert code == 0 and str(copy) in out
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(SEEDS)
    conn.close()


def test_reextract_with_an_unchanged_extractor_changes_nothing(tmp_path, capsys):
    db = str(tmp_path / "s.db")
    _run(capsys, "import", str(SEED_DIR), "--db", db)
    code, out, _ = _run(capsys, "--db", db, "reextract")  # the option before the command too
    assert code == 0 and f"0 updated, {len(SEEDS)} unchanged" in out


def test_a_bad_file_fails_the_command_but_not_the_others(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("签约项目57个。", encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    code, out, err = _run(capsys, "import", str(tmp_path / "in"), "--db", str(tmp_path / "s.db"))
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("annotator: ") and "bad.txt" in err
    assert "new       good.txt" in out


def test_store_problems_are_one_line_errors(tmp_path, capsys):
    text_file = tmp_path / "notes.db"
    text_file.write_text("hello", encoding="utf-8")
    code, _, err = _run(capsys, "stats", "--db", str(text_file))
    assert code == 1 and err == f"annotator: {text_file}: not an annotator store (not a SQLite database)\n"
    newer = tmp_path / "newer.db"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {schema.schema_version() + 5}")
    conn.close()
    code, _, err = _run(capsys, "export", "--db", str(newer), "--format", "csv")
    assert code == 1 and "newer version of annotator" in err and err.count("\n") == 1
    code, _, err = _run(capsys, "stats", "--db", str(tmp_path / "missing.db"))
    assert code == 1 and "no store here yet" in err


def test_python_dash_m_annotator_import(tmp_path):
    env = {**os.environ, "ANNOTATOR_DB": str(tmp_path / "sub.db"), "ANNOTATOR_EDITOR": "ci"}
    done = subprocess.run([sys.executable, "-m", "annotator", "import", str(SEEDS[0])],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"new       {SEEDS[0].name}")
    conn = sqlite3.connect(tmp_path / "sub.db")
    assert conn.execute("SELECT editor, action FROM events").fetchall() == [("ci", "import")]
    conn.close()
