"""Hostile files: each is read in bounded time and memory or refused in one line naming
it, and one bad file never stops the others. The files are made here (PDFs in pdfs.py,
tested one by one in test_pdf_import.py)."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile import (
    GOOD_XML,
    REPO,
    assert_linear,
    bad_docx_files,
    docx,
    hostile_html,
    run_bounded,
)
from pdfs import damaged_pdfs, hostile_pdfs

from annotator.extract import extract_claims
from annotator.store import Store, files
from annotator.store.anchor import Anchor, match
from annotator.textio import TextReadError, read_text

GOOD = "重庆日报讯 全市新签约项目{i}个，总投资35.{i}亿元，同比增长1{i}.5%。\n"


def _bad_files(folder: Path) -> list[str]:
    """Every kind of bad file at once; the names the import must report."""
    for name, data in bad_docx_files().items():
        (folder / name).write_bytes(data)
    for name, markup in hostile_html().items():
        (folder / name).write_text(markup, encoding="utf-8")
    for name, data in hostile_pdfs().items():
        (folder / name).write_bytes(data)
    reported = [*bad_docx_files(), *hostile_pdfs(), "attrs.html", "deep.html", "bogus.html",
                *_unreadable_files(folder)]
    return reported


def _unreadable_files(folder: Path) -> list[str]:
    """Files no text comes from: endless, not regular, too large, binary. Their names."""
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "random.txt").symlink_to("/dev/urandom")
    with open(folder / "huge.txt", "wb") as f:
        f.truncate(21 * 1024 * 1024)  # sparse: costs no disk
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 100)
    return ["fifo.txt", "zero.txt", "random.txt", "huge.txt", "binary.txt"]


def test_each_unreadable_file_is_one_line_naming_it(tmp_path):
    for name in _unreadable_files(tmp_path):
        with pytest.raises(TextReadError, match=f"^{re.escape(str(tmp_path / name))}: "):
            read_text(tmp_path / name)


def _good_files(folder: Path, n: int) -> list[str]:
    names = []
    for i in range(n):
        name = f"good{i:04}.txt"
        (folder / name).write_text(GOOD.format(i=i), encoding="utf-8")
        names.append(name)
    (folder / "word.docx").write_bytes(docx(GOOD_XML))
    for name, data in damaged_pdfs().items():
        (folder / name).write_bytes(data)
    (folder / "comment.html").write_text(hostile_html()["comment.html"], encoding="utf-8")
    (folder / "line\nbreak.txt").write_text(GOOD.format(i=7), encoding="utf-8")
    os.mkdir(folder / "gbk")
    gbk_name = os.fsencode(folder / "gbk") + b"/" + "中文".encode("gbk") + b".txt"
    with open(gbk_name, "w", encoding="utf-8") as f:
        f.write(GOOD.format(i=9))
    return [*names, "word.docx", *damaged_pdfs(), "comment.html", "line\nbreak.txt",
            "gbk/\\xd6\\xd0\\xce\\xc4.txt"]


def _import_mixed(tmp_path: Path, good: int, seconds: float):
    folder = tmp_path / "articles"
    folder.mkdir()
    bad = _bad_files(folder)
    names = _good_files(folder, good)
    store = tmp_path / "store.db"
    code, out, err = run_bounded(["import", str(folder), "--db", str(store)], seconds=seconds)
    assert code == 1 and "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == len(bad), err
    for name in bad:
        assert sum(f"articles/{name}:" in line for line in lines) == 1, (name, err)
    conn = sqlite3.connect(store)
    stored = {r[0] for r in conn.execute("SELECT name FROM articles")}
    conn.close()
    assert stored == set(names)
    assert f"{len(names) + len(bad)} files in {store}: {len(names)} new" in out


@pytest.mark.slow  # a child reads each PDF: ~6 s; each bad file is also refused alone here
def test_a_folder_of_every_bad_file_imports_all_the_good_ones(tmp_path):
    _import_mixed(tmp_path, good=20, seconds=30)


@pytest.mark.slow
def test_two_thousand_good_files_among_every_bad_one(tmp_path):
    _import_mixed(tmp_path, good=2000, seconds=300)


@pytest.mark.parametrize("name", sorted(bad_docx_files()))
def test_each_broken_word_file_is_one_line_naming_it(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(bad_docx_files()[name])
    with pytest.raises(TextReadError, match=f"^{path}: not a readable .docx file"):
        read_text(path)


def test_a_zip_bomb_is_refused_in_bounded_time_and_memory(tmp_path):
    path = tmp_path / "bomb.docx"
    path.write_bytes(bad_docx_files()["zip-bomb.docx"])
    code, _, err = run_bounded(["extract", str(path)], seconds=10, mb=300)
    assert code == 1 and err.count("\n") == 1 and "zip bomb" in err


@pytest.mark.parametrize("name", sorted(hostile_html()))
def test_hostile_html_finishes_in_bounded_time(tmp_path, name):
    path = tmp_path / name
    path.write_text(hostile_html()[name], encoding="utf-8")
    code, _, err = run_bounded(["extract", str(path)], seconds=10)
    assert "Traceback" not in err and (code == 0 or err.count("\n") == 1)


def test_html_parsing_grows_linearly():
    from annotator.textio import _html_text

    for make in (lambda n: "<a " * n, lambda n: "<p>正文</p><!--" + "x" * (10 * n),
                 lambda n: "<table>" + "<tr><td>12%</td><td>3万元</td>" * n):
        assert_linear(make, 20000, lambda markup: _html_text(Path("x.html"), markup))


@pytest.mark.parametrize("make", [
    lambda n: "12%\n" * n,
    lambda n: "\t".join(["12.5%", "300万元", "45家", "同比增长3.2%"] * 5) * (n // 20),
    lambda n: "三分之" * n,
], ids=["percent lines", "tab table", "fractions"])
def test_the_extractor_costs_the_same_per_claim_in_one_endless_sentence(make):
    assert_linear(make, 3000, extract_claims)


def test_anchoring_repeated_claims_grows_linearly():
    def anchors(n):
        return ([Anchor(i, "12%", "增长", "\n", i * 4) for i in range(n)],
                [Anchor(i, "12%", "增长", "\n", i * 4 + 1) for i in range(n)])

    assert_linear(anchors, 3000, lambda pair: match(*pair))
    old, new = anchors(10)
    assert match(old, new) == {i: i for i in range(10)}  # small groups: best pairs


@pytest.mark.slow  # 6,000 claims extracted and anchored twice; match()'s linear path is
# checked in the quick tier by test_anchoring_repeated_claims_grows_linearly
def test_reextracting_thousands_of_identical_claims_keeps_decisions_quickly(tmp_path):
    with Store(tmp_path / "s.db", editor="amy") as store:
        store.import_text("table.txt", "增长12%\n" * 6000)
        claims = store.claims(1)
        assert len(claims) == 6000
        for c in claims[::1000]:
            store.decide(c.id, c.version, "confirmed")
        began = time.monotonic()
        store.import_text("table.txt", "表\n" + "增长12%\n" * 6000)  # every offset moves
        assert time.monotonic() - began < 10
        assert store.count_claims(status="confirmed") == 6
        assert sum(c.orphaned for c in store.claims(1)) == 0


def test_an_unreadable_subfolder_is_named(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(GOOD.format(i=1), encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(files.find_files([tmp_path]))
    errors = [files.prepare_file(i).error for i in items if i.error]
    assert errors == [(f"{tmp_path / 'locked'}: cannot read this folder (Permission denied); "
                       "its files were not imported")]
    assert [i.name for i in items if not i.error] == ["ok/a.txt"]


WORKERS = """
import sys
from annotator.store import files
def slow(x):
    import time; time.sleep(60)
if __name__ == "__main__":
    print("started", flush=True)
    for _ in files.parallel_map(slow, list(range(files.PARALLEL_FROM))):
        pass
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_a_killed_parent(tmp_path):
    script = tmp_path / "work.py"
    script.write_text(WORKERS)
    parent = subprocess.Popen([sys.executable, str(script)], cwd=REPO,
                              stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert parent.stdout.readline().strip() == "started"
        deadline = time.monotonic() + 30
        while len(_group(parent.pid)) < 3 and time.monotonic() < deadline:
            time.sleep(0.2)  # the parent, the resource tracker, and workers
        assert len(_group(parent.pid)) >= 3
        os.kill(parent.pid, signal.SIGKILL)  # the parent alone, as a crash would
        parent.wait()
        deadline = time.monotonic() + 10
        while _group(parent.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _group(parent.pid) == []
    finally:
        for pid in _group(parent.pid):
            os.kill(pid, signal.SIGKILL)
        parent.stdout.close()


def _group(pgid: int) -> list[int]:
    """Live processes of the process group (zombies have already died)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def test_the_linear_check_fails_quadratic_work():
    with pytest.raises(AssertionError):
        assert_linear(lambda n: list(range(n)), 1500, lambda xs: sum(1 for a in xs for b in xs if a < b))
