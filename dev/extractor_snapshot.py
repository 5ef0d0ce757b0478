"""Rewrite tests/data/extractor-snapshot.json: the extractor's output on the seeds, under
the EXTRACTOR_VERSION that made it. Refused while the version is the one recorded: a
change of output needs a new version first (stored claims carry it).

    .venv/bin/python dev/extractor_snapshot.py
"""

import json
import sys
from pathlib import Path

from annotator.extract import EXTRACTOR_VERSION, extract_claims
from annotator.paths import seed_files

SNAPSHOT = Path(__file__).resolve().parent.parent / "tests" / "data" / "extractor-snapshot.json"


def output() -> dict[str, list[dict]]:
    return {path.name: [c.to_dict() for c in extract_claims(path.read_text(encoding="utf-8"))]
            for path in seed_files()}


def main() -> int:
    if SNAPSHOT.exists():
        recorded = json.loads(SNAPSHOT.read_text(encoding="utf-8"))["version"]
        if recorded == EXTRACTOR_VERSION:
            print(f"{SNAPSHOT}: recorded under {recorded}, the version now: bump "
                  "EXTRACTOR_VERSION in annotator/extract.py first", file=sys.stderr)
            return 1
    SNAPSHOT.write_text(json.dumps({"version": EXTRACTOR_VERSION, "claims": output()},
                                   ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{SNAPSHOT}: written under {EXTRACTOR_VERSION}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
