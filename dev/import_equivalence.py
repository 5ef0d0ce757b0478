"""Two versions of the program import the same files into stores holding the same rows:
a check for changes to the import that must change nothing it writes.

    .venv/bin/python dev/import_equivalence.py OLD_TREE NEW_TREE

Each tree (``git archive main | tar -x -C /tmp/old``, this worktree) imports, in a
process of its own, the held-out sets, the seeds and 300 generated articles (one call,
so the worker pool runs), then the generated ones again with four edited. Every table
is compared (a table a tree has that the other lacks counts only when it holds rows),
and so are the results, the hits of a few searches and the full-text index's integrity
check. Both stores are written into the same folder with the clock fixed: source paths
and times are stored.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HELD_OUT = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5")
QUERIES = ("增长", "亿元", "同比增长", "进出口", "GDP", "第三产业", "2025年", "百分点",
           "人均可支配收入", "粮食")
EDITED = (1, 3, 7, 50)


def build(tree: Path, work: Path) -> dict[str, Any]:
    """Run in a process whose ``annotator`` is ``tree``'s: import, re-import, dump."""
    from annotator.bench import generate_articles
    from annotator.store import Store, history

    history.now = lambda: "2026-01-01T00:00:00+00:00"  # the same times in both stores
    src = work / "src"
    for name in HELD_OUT:
        shutil.copytree(tree / "tests" / "data" / name, src / name)
    shutil.copytree(tree / "seeds", src / "seeds")
    generated = src / "generated"
    generated.mkdir()
    for i, text in enumerate(generate_articles(300, seed=3)):
        (generated / f"{i:04}.txt").write_text(text, encoding="utf-8")
    db = work / "store.db"
    with Store(db, editor="check") as store:
        first = [(r.name, r.status, r.claims) for r in store.import_paths(sorted(src.iterdir()))]
    for i in EDITED:  # a sentence added to three, a unit changed in one
        path = generated / f"{i:04}.txt"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("亿元", "万元", 1) if i == 3 else
                        text + "\n另据统计，全年完成投资3.5亿元，同比增长12%。", encoding="utf-8")
    with Store(db, editor="check") as store:
        again = [(r.name, r.status, r.claims, r.kept, r.orphaned)
                 for r in store.import_paths([generated])]
        hits = [[(h.article_id, h.start, h.end, h.snippet) for h in store.search(q, 1000)]
                for q in QUERIES]
    return {**_tables(db), "results": _digest((first, again)), "search": _digest(hits)}


def _tables(db: Path) -> dict[str, Any]:
    conn = sqlite3.connect(db)
    try:
        found: dict[str, Any] = {}
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                     "AND name NOT LIKE 'articles_fts%' ORDER BY name"):
            rows = sorted(conn.execute(f'SELECT * FROM "{table}"'), key=repr)
            if rows:
                found[table] = [len(rows), _digest(rows)]
        conn.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
        found["fts_rows"] = conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        return found
    finally:
        conn.close()


def _digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()


def _run(tree: Path, work: Path) -> dict[str, Any]:
    if work.exists():
        shutil.rmtree(work)
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run([sys.executable, __file__, "--build", str(tree), str(work)], env=env,
                         check=True, stdout=subprocess.PIPE, text=True).stdout
    dumped: dict[str, Any] = json.loads(out)
    return dumped


def main(argv: list[str]) -> int:
    if argv[:1] == ["--build"]:
        json.dump(build(Path(argv[1]), Path(argv[2])), sys.stdout)
        return 0
    old_tree, new_tree = (Path(a).resolve() for a in argv)
    with tempfile.TemporaryDirectory(prefix="import-equivalence-") as tmp:
        old, new = (_run(tree, Path(tmp) / "work") for tree in (old_tree, new_tree))
    for key in sorted(old.keys() | new.keys()):
        mark = "same" if old.get(key) == new.get(key) else "DIFFERENT"
        print(f"{key:18} {mark:9} {old.get(key)!s:.24} | {new.get(key)!s:.24}")
    return 0 if old == new else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
