"""A bulk import stages its facts' block keys and files them in one sorted pass at its
end: the key index then holds what importing the files one at a time gives it, and keys
an import left staged (killed before its end) are dropped with their facts and filed
before the finder reads."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.bench import generate_articles
from annotator.store import Store, conflicts, staged_keys


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, text in enumerate(generate_articles(6, seed=5)):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    return folder


def _keys(path: Path) -> tuple[list[tuple], list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT * FROM fact_keys ORDER BY key, value, claim_id").fetchall(),
                conn.execute("SELECT * FROM staged_facts").fetchall())
    finally:
        conn.close()


def _one_at_a_time(path: Path, folder: Path, deleted: str | None = None) -> list[tuple]:
    with Store(path, editor="amy") as store:
        for file in sorted(folder.iterdir()):
            store.import_text(file.name, file.read_text(encoding="utf-8"))
        if deleted:
            store.delete_article(store.article_id(deleted))
    filed, staged = _keys(path)
    assert filed and not staged
    return filed


def test_a_bulk_import_files_the_keys_one_file_at_a_time_would(tmp_path, folder):
    with Store(tmp_path / "bulk.db", editor="amy") as store:
        assert all(r.status == "new" for r in store.import_paths([folder]))
    assert _keys(tmp_path / "bulk.db") == (_one_at_a_time(tmp_path / "one.db", folder), [])


def test_keys_an_import_left_staged_go_with_their_facts_and_are_filed_before_a_run(
        tmp_path, folder, monkeypatch):
    path = tmp_path / "bulk.db"
    with monkeypatch.context() as m:
        m.setattr(staged_keys, "file", lambda conn: None)  # killed before its end
        with Store(path, editor="amy") as store:
            store.import_paths([folder])
    filed, staged = _keys(path)
    assert staged and not filed
    with Store(path, editor="amy") as store:
        store.delete_article(store.article_id("2.txt"))
        conflicts.find(store)
    assert _keys(path) == (_one_at_a_time(tmp_path / "one.db", folder, "2.txt"), [])


def test_keys_an_older_version_staged_one_a_row_are_filed_by_the_upgrade(tmp_path, folder):
    path = tmp_path / "v5.db"
    with Store(path, editor="amy") as store:
        store.import_paths([folder])
    conn = sqlite3.connect(path)
    conn.executescript(  # as version 5 left an import killed before its end
        "DROP TABLE staged_facts; CREATE TABLE fact_keys_staged AS SELECT * FROM fact_keys; "
        "DELETE FROM fact_keys; PRAGMA user_version = 5;")
    conn.close()
    Store(path, editor="amy").close()
    assert _keys(path) == (_one_at_a_time(tmp_path / "one.db", folder), [])
