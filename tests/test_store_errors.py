"""What goes wrong around a store is one line naming the path, exit 1, nothing lost.

Permission cases run as an unprivileged user (a forked child that drops root), since
root ignores file modes. A full disk is an injected ENOSPC, and a file size limit is
``RLIMIT_FSIZE`` in a child process.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

import pytest

import annotator.commands.store  # noqa: F401  (loaded before a child drops root)
import annotator.store.store as store_module
from annotator.cli import main
from annotator.store import (
    InvalidInputError,
    StaleError,
    Store,
    StoreCorruptError,
    StoreError,
)

REPO = Path(__file__).resolve().parent.parent
NOBODY = 65534


def _cli(capsys, *argv) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


def _one_line(err: str, *names) -> None:
    assert err.count("\n") == 1 and err.startswith("annotator: "), err
    assert "Traceback" not in err
    for name in names:
        assert str(name) in err, err


@pytest.mark.parametrize("fmt", ["csv", "backup"])
def test_a_folder_or_a_path_under_a_file_as_target_is_one_line(seeded_path, tmp_path, capsys, fmt):
    folder = tmp_path / "out"
    folder.mkdir()
    (tmp_path / "file.txt").write_text("x")
    for target in (folder, tmp_path / "file.txt" / "out.csv"):
        argv = (["backup", str(target)] if fmt == "backup" else
                ["export", "--format", fmt, "-o", str(target)])
        code, err = _cli(capsys, *argv, "--db", str(seeded_path))
        assert code == 1
        _one_line(err, target)
    assert not list(tmp_path.rglob("*.partial")) and not list(folder.iterdir())
    assert (tmp_path / "file.txt").read_text() == "x"


class _FullDisk(io.StringIO):
    def write(self, s):
        if self.tell() > 1000:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return super().write(s)


def test_a_full_disk_during_an_export_names_the_target_and_keeps_the_old_file(
        seeded, tmp_path, monkeypatch):
    target = tmp_path / "claims.csv"
    target.write_text("the last good export")
    monkeypatch.setattr(store_module, "open", lambda *a, **k: _FullDisk(), raising=False)
    with pytest.raises(StoreError, match="No space left on device") as raised:
        seeded.export_to("csv", target)
    assert str(target) in str(raised.value) and str(seeded.path) not in str(raised.value)
    assert target.read_text() == "the last good export"
    assert not list(tmp_path.glob("*.partial"))


def test_a_full_disk_during_a_backup_names_the_target_not_the_store(seeded, tmp_path, monkeypatch):
    def full(source, partial):
        Path(partial).write_bytes(b"half")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_module, "_copy_database", full)
    target = tmp_path / "copy.db"
    with pytest.raises(StoreError, match="disk is full") as raised:
        seeded.backup(target)
    assert str(raised.value).startswith(f"{target}:")
    assert not target.exists() and not list(tmp_path.glob("*.partial"))


def _limit_file_size():
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))


@pytest.mark.parametrize("command", ["export", "backup"])
def test_a_file_size_limit_is_one_line_naming_the_target(seeded_path, tmp_path, command):
    target = tmp_path / "out" / "big.file"
    argv = (["backup", str(target)] if command == "backup" else
            ["export", "--format", "json", "-o", str(target)])
    with Store(seeded_path):  # held open: the child only reads, and writes no -shm
        done = subprocess.run([sys.executable, "-m", "annotator", *argv, "--db", str(seeded_path)],
                              cwd=REPO, capture_output=True, text=True, timeout=60,
                              preexec_fn=_limit_file_size)
    assert done.returncode == 1
    _one_line(done.stderr, target)
    assert not target.exists() and not list(target.parent.glob("*.partial"))


def _as_nobody(fn) -> tuple[int, str]:
    """``fn()`` in a forked child without root's rights: its return value and stderr."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            err = io.StringIO()
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                code = fn()
            os.write(write, f"{code}\n{err.getvalue()}".encode())
        except BaseException:
            os.write(write, f"99\n{traceback.format_exc()}".encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read().decode()
    os.waitpid(pid, 0)
    code, err = data.split("\n", 1)
    return int(code), err


@pytest.fixture
def shared(seeded_path):
    """A folder the unprivileged user may enter but not write (tmp_path is root's own),
    holding ``theirs.db``, a store the user may only read, and ``mine/store.db``, a
    store in a folder the user owns."""
    folder = Path(tempfile.mkdtemp(prefix="annotator-perm-"))
    try:
        mine = folder / "mine"
        mine.mkdir()
        shutil.copy(seeded_path, mine / "store.db")
        shutil.copy(seeded_path, folder / "theirs.db")
        (folder / "theirs.db").chmod(0o444)
        if os.geteuid() == 0:
            for path in (mine, mine / "store.db"):
                os.chown(path, NOBODY, NOBODY)
        folder.chmod(0o555)
        yield folder
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def test_a_store_nobody_may_read_is_one_line(shared):
    store = shared / "mine" / "store.db"
    store.chmod(0)
    code, err = _as_nobody(lambda: main(["stats", "--db", str(store)]))
    assert code == 1
    _one_line(err, store, "Permission denied")


def test_a_new_store_in_a_read_only_folder_is_one_line(shared):
    store = shared / "new.db"  # the folder is root's
    code, err = _as_nobody(lambda: main(["import", str(REPO / "seeds"), "--db", str(store)]))
    assert code == 1
    _one_line(err, store, "read-only")
    assert not store.exists()


def test_an_intact_store_in_a_read_only_folder_opens_read_only_and_says_so(shared, tmp_path):
    store = shared / "theirs.db"
    out = shared / "mine" / "out.csv"
    code, err = _as_nobody(lambda: main(["export", "--format", "csv", "-o", str(out),
                                         "--db", str(store)]))
    assert (code, err.count("\n")) == (0, 1) and "opened read-only" in err, err
    assert out.read_text(encoding="utf-8-sig").startswith("article,")

    def decide():
        with Store(store, editor="nobody") as s:
            claim = s.claims(1)[0]
            s.decide(claim.id, claim.version, "confirmed")

    code, err = _as_nobody(lambda: main(["import", str(REPO / "seeds"), "--db", str(store)]))
    assert code == 1 and "read-only" in err.splitlines()[-1]
    code, err = _as_nobody(decide)
    assert code == 99 and "StoreError" in err and "read-only" in err
    assert sorted(p.name for p in shared.iterdir()) == ["mine", "theirs.db"]


def test_an_export_into_a_read_only_folder_is_one_line(shared):
    store, target = shared / "mine" / "store.db", shared / "claims.csv"
    code, err = _as_nobody(lambda: main(["export", "--format", "csv", "-o", str(target),
                                         "--db", str(store)]))
    assert code == 1
    _one_line(err, target, "Permission denied")


def test_a_store_with_tables_dropped_is_called_damaged(seeded_path, capsys):
    conn = sqlite3.connect(seeded_path)
    conn.execute("DROP TABLE link_members")
    conn.commit()
    conn.close()
    for argv in (["stats"], ["export", "--format", "csv"], ["reextract"]):
        code, err = _cli(capsys, *argv, "--db", str(seeded_path))
        assert code == 1
        _one_line(err, seeded_path, "corrupted", "link_members", "restore a backup")


def _corrupt_claims(path: Path) -> None:
    conn = sqlite3.connect(path)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'claims'").fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page)
        f.write(b"\xa5" * page)


def test_a_corrupted_page_names_the_newest_backup_and_is_not_backed_up(seeded_path, tmp_path,
                                                                        capsys):
    good = tmp_path / "backups" / "monday.db"
    assert main(["backup", str(good), "--db", str(seeded_path)]) == 0
    capsys.readouterr()
    _corrupt_claims(seeded_path)
    for argv in (["export", "--format", "json"], ["reextract"],
                 ["backup", str(tmp_path / "tuesday.db")]):
        code, err = _cli(capsys, *argv, "--db", str(seeded_path))
        assert code == 1, argv
        _one_line(err, seeded_path, "corrupted", f"the newest is {good}")
    assert not (tmp_path / "tuesday.db").exists()
    with Store(good, create=False) as restored:
        assert len(restored.articles()) == 5


def test_a_copy_made_before_a_migration_counts_as_a_backup(seeded_path):
    copy = seeded_path.with_name(seeded_path.name + ".v1-20250101T000000.bak")
    shutil.copy(seeded_path, copy)
    _corrupt_claims(seeded_path)
    with Store(seeded_path) as store, pytest.raises(StoreCorruptError, match=str(copy)):
        store.claims(1)


@pytest.mark.parametrize("call, field", [
    (lambda s: s.import_text("名\ud800字.txt", "签约项目5个。"), "name"),
    (lambda s: s.annotate(1, 1, note="备\udfff注"), "note"),
    (lambda s: s.search("进出\ud800口"), "query"),
    (lambda s: s.search("进出\x00口"), "query"),
    (lambda s: s.claim(2 ** 70), "claim_id"),
    (lambda s: s.article(-2 ** 70), "article_id"),
    (lambda s: s.decide(1, 2 ** 70, "confirmed"), "version"),
    (lambda s: s.update_article(1, 1, edition=2 ** 70), "edition"),
    (lambda s: s.add_claim(1, "3", "5"), "start"),
    (lambda s: s.add_claim(1, 3, 5.0), "end"),
    (lambda s: s.claims_page(after_id="0"), "after_id"),
    (lambda s: s.link([1, 2 ** 70], "same"), "claim_ids"),
    (lambda s: s.decide(1, 1, "confirmed", note=b"bytes"), "note"),
])
def test_store_api_misuse_is_invalid_input_naming_the_field(seeded, call, field):
    last = seeded.last_event_id()
    with pytest.raises(InvalidInputError, match=f"^{field}: "):
        call(seeded)
    assert seeded.last_event_id() == last


def test_an_editor_name_must_be_text(seeded_path):
    with pytest.raises(InvalidInputError, match=r"^editor: "):
        Store(seeded_path, editor="amy\udc80")


def test_link_never_silently_changes_an_existing_links_relation(seeded):
    a, b = seeded.claims(1)[:2]
    link = seeded.link([a.id, b.id], "same")
    with pytest.raises(StaleError, match="already linked as 'same'"):
        seeded.link([a.id, b.id], "conflict")
    assert seeded.link_by_id(link.id).relation == "same"
    assert seeded.link([b.id, a.id], "same").id == link.id  # the same link again is fine
    with pytest.raises(StaleError):
        seeded.link([a.id, b.id], "conflict", version=link.version + 5)
    changed = seeded.link([a.id, b.id], "conflict", version=seeded.link_by_id(link.id).version)
    assert (changed.id, changed.relation) == (link.id, "conflict")


def test_the_stats_table_keeps_a_file_name_with_a_newline_on_one_row(seeded_path, capsys):
    with Store(seeded_path) as store:
        store.import_text("第一行\n第二行.txt", "签约项目5个。")
    assert main(["stats", "--db", str(seeded_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 + 6 + 1
    assert any(line.startswith("第一行\\n第二行.txt ") for line in lines)
