"""Score the arithmetic check on a suite of passages, each alone (tests/data/arith1).

    .venv/bin/python dev/arithmetic_suite.py tests/data/arith1/cases.jsonl [-v]

Each line holds a passage (``text``), whether it holds one arithmetic error (``wrong``)
and its ``kind``. A wrong passage is found when any ``inconsistent`` suggestion is raised
on it; a right one is a false alarm when any is. Prints recall and false alarms by kind
(``-v``: each miss and false alarm too). Run an older tree with ``PYTHONPATH=TREE`` and
``python -P``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from types import SimpleNamespace

from annotator import extract_claims
from annotator.linking import facts_of_article, find_links


def alarms(text: str) -> list[str]:
    claims = [SimpleNamespace(id=i, **c.to_dict()) for i, c in enumerate(extract_claims(text), start=1)]
    facts = facts_of_article(1, "a.txt", text, "2026-03-01", None, claims)
    return [s.reason for s in find_links(facts, {1: text}) if s.relation == "inconsistent"]


def main(path: str, verbose: bool) -> None:
    found: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    false: Counter[str] = Counter()
    quiet: Counter[str] = Counter()
    for line in open(path, encoding="utf-8"):
        case = json.loads(line)
        raised = alarms(case["text"])
        kind = case["kind"]
        if case["wrong"]:
            (found if raised else missed)[kind] += 1
            if verbose and not raised:
                print("MISS ", case["id"], case["text"], "|", case.get("why", ""))
        else:
            (false if raised else quiet)[kind] += 1
            if verbose and raised:
                print("FALSE", case["id"], case["text"], "|", raised)
    for kind in sorted(found.keys() | missed.keys() | false.keys() | quiet.keys()):
        print(f"{kind:15s} recall {found[kind]}/{found[kind] + missed[kind]}"
              f"  false alarms {false[kind]}/{false[kind] + quiet[kind]}")
    print(f"total: recall {sum(found.values())}/{sum(found.values()) + sum(missed.values())}, "
          f"false alarms {sum(false.values())}/{sum(false.values()) + sum(quiet.values())}")


if __name__ == "__main__":
    main(sys.argv[1], "-v" in sys.argv[2:])
