"""Two versions of the conflict finder give the same suggestions: a check for changes to
the finder that must change nothing it finds (speed work).

    .venv/bin/python dev/finder_equivalence.py OLD_TREE NEW_TREE [--quick]

Each tree (``git archive main | tar -x -C /tmp/old``, this worktree) runs, in a process
of its own with that tree first on the path: the linking bench's 10,000 generated
articles (``--quick``: 2,000) through ``find_links``; every draft of the links-accuracy
bench against the seeds; and a store of the seeds and the test sets, through a full run
(``conflicts.find``, a head at a time) and through a check of the drafts against the
rest. Every suggestion is dumped (relation, claim ids, reason, score, code, params) in
the order the finder gives, and the two dumps are compared part by part.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

SETS = ("gold", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "blind", "blind3",
        "blind4", "blind5", "devfinder5", "devfinder6")


def rows(found: list[Any]) -> list[str]:
    return [json.dumps([s.relation, s.claim_ids, s.reason, s.score, s.code, s.params],
                       ensure_ascii=False, sort_keys=True, default=repr) for s in found]


def bench(count: int) -> list[str]:
    from annotator.bench import generate_articles
    from annotator.extract import extract_claims
    from annotator.linking import facts_of_articles, find_links
    from annotator.linking.accuracy import identified

    texts, articles = {}, []
    for article_id, text in enumerate(generate_articles(count, size=1200, seed=3), start=1):
        texts[article_id] = text
        claims = [identified(i, c) for i, c in enumerate(extract_claims(text), start=article_id * 1000)]
        articles.append((article_id, f"{article_id}.txt", text, "2025-05-24", 8, claims))
    return rows(find_links(facts_of_articles(articles), texts))


def accuracy() -> list[str]:
    from annotator.linking import accuracy as acc

    out: list[str] = []

    def finder(articles: list[Any]) -> list[Any]:
        found = acc.current_finder(articles)
        out.append(f"draft {articles[-1][1]}")
        out.extend(rows(found))
        return found

    report = acc.score(acc.corpus(), finder)
    return out + report.lines()


def store(tree: Path, work: Path) -> dict[str, list[str]]:
    from annotator.store import Store, conflicts

    paths = sorted((tree / "seeds").glob("*.txt"))
    paths += [p for name in SETS for p in sorted((tree / "tests" / "data" / name).glob("*.txt"))]
    drafts = sorted((tree / "tests" / "data" / "drafts").glob("*.txt"))
    out = {}
    with Store(work / "store.db", editor="eq") as s:
        s.import_paths(paths)
        found, _ = conflicts.find(s)
        out["full"] = rows(found)
        results = s.import_paths(drafts)
        found, _ = conflicts.find(s)
        out["full+drafts"] = rows(found)
        ids = {r.article_id for r in results if r.article_id is not None}
        found, _ = conflicts.find(s, ids)
        out["check drafts"] = rows(found)
    return out


def dump(tree: str, quick: bool) -> None:
    """In a process whose ``annotator`` is ``tree``'s: every part's suggestions, as JSON."""
    import annotator

    assert Path(annotator.__file__).resolve().is_relative_to(Path(tree).resolve()), annotator.__file__
    with tempfile.TemporaryDirectory() as work:
        out = {"bench": bench(2000 if quick else 10_000), "accuracy": accuracy(),
               **store(Path(tree), Path(work))}
    print(json.dumps(out, ensure_ascii=False))


def run(tree: str, quick: bool) -> dict[str, list[str]]:
    env = {**os.environ, "PYTHONPATH": str(Path(tree).resolve())}
    code = "import sys; sys.path.insert(0, sys.argv[1]); import finder_equivalence as e; " \
           "e.dump(sys.argv[2], sys.argv[3] == '1')"
    out = subprocess.run([sys.executable, "-c", code, str(Path(__file__).resolve().parent), tree,
                          "1" if quick else "0"], env=env, cwd=tree, check=True, stdout=subprocess.PIPE,
                         text=True).stdout
    parts: dict[str, list[str]] = json.loads(out.strip().splitlines()[-1])
    return parts


def main() -> int:
    old, new = sys.argv[1:3]
    quick = "--quick" in sys.argv
    cache = Path(tempfile.gettempdir()) / f"finder-eq-{Path(old).resolve().name}-{int(quick)}.json"
    if cache.exists() and "--fresh" not in sys.argv:
        before = json.loads(cache.read_text())
    else:
        before = run(old, quick)
        cache.write_text(json.dumps(before, ensure_ascii=False))
    after = run(new, quick)
    same = True
    for part in before:
        a, b = before[part], after.get(part, [])
        differ = a != b
        same &= not differ
        print(f"{part:14} {len(a):7,} lines  {'DIFFERENT' if differ else 'identical'}"
              + (f" (new {len(b):,}; sorted {'equal' if sorted(a) == sorted(b) else 'differ'})"
                 if differ else ""))
        if differ:
            for line in sorted(set(a) ^ set(b))[:5]:
                print(f"    {'-' if line in a else '+'} {line[:300]}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
