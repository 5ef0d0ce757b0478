"""``extract``, ``eval`` and ``bench``: the extractor on its own, no store involved."""

from __future__ import annotations

import json
import sys


def register(commands) -> None:
    p = commands.add_parser("extract", help="print the claims of one file")
    p.add_argument("file")
    p.add_argument("--format", choices=("jsonl", "table"), default="table")
    p.set_defaults(handler=extract)

    p = commands.add_parser("eval", help="score extraction against gold files")
    p.add_argument("--gold", required=True, help="folder of <stem>.jsonl gold files")
    p.add_argument("--articles", required=True, help="folder of <stem>.txt articles")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=evaluate)

    p = commands.add_parser("bench", help="print speed figures")
    p.add_argument("--quick", action="store_true", help="smaller inputs, for a smoke run")
    p.set_defaults(handler=bench)


def print_claims(claims, fmt: str, out=None) -> None:
    out = out or sys.stdout
    if fmt == "jsonl":
        for claim in claims:
            out.write(json.dumps(claim.to_dict(), ensure_ascii=False) + "\n")
        return
    for c in claims:
        value = f"{c.value:g}" + (f"–{c.value_high:g}" if c.value_high is not None else "")
        context = " · ".join(x for x in (c.entity, c.metric, c.period) if x)
        out.write(f"{c.start:>6}-{c.end:<6} {c.text:14}\t{value:>16} {c.unit or '':6} "
                  f"{c.qualifier:7} {c.kind:7} {context}\n")


def extract(args) -> int:
    from annotator.extract import extract_claims
    from annotator.textio import read_text

    print_claims(extract_claims(read_text(args.file)), args.format)
    return 0


def show_seeds(args) -> int:
    """What ``annotator`` does with no command: the bundled seeds' claims."""
    from annotator.extract import extract_claims
    from annotator.paths import seed_files
    from annotator.textio import read_text

    for path in seed_files():
        claims = extract_claims(read_text(path))
        print(f"# {path.name}: {len(claims)} claims")
        print_claims(claims, "table")
    return 0


def evaluate(args) -> int:
    from annotator import evaluate as ev

    total, per_article = ev.evaluate(args.gold, args.articles)
    if args.json:
        print(json.dumps(ev.as_json(total, per_article), ensure_ascii=False, indent=2))
    else:
        print(ev.report(total, per_article))
    return 0


def bench(args) -> int:
    from annotator import bench as b

    b.run(quick=args.quick)
    return 0
