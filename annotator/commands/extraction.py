"""``extract`` and ``eval``: the extractor on its own, no store involved."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import TextIO

from annotator.claim import Claim
from annotator.commands import Commands


def register(commands: Commands) -> None:
    p = commands.add_parser("extract", help="print the claims of one file")
    p.add_argument("file")
    p.add_argument("--format", choices=("jsonl", "table"), default="table")
    p.set_defaults(handler=extract)

    p = commands.add_parser("eval", help="score extraction against gold files")
    p.add_argument("--gold", required=True, help="folder of <stem>.jsonl gold files")
    p.add_argument("--articles", required=True, help="folder of <stem>.txt articles")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=evaluate)


def print_claims(claims: Iterable[Claim], fmt: str, out: TextIO | None = None) -> None:
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


def extract(args: argparse.Namespace) -> int:
    from annotator.extract import extract_claims
    from annotator.textio import read_text

    print_claims(extract_claims(read_text(args.file)), args.format)
    return 0


def evaluate(args: argparse.Namespace) -> int:
    from annotator import evaluate as ev

    total, per_article = ev.evaluate(args.gold, args.articles)
    if args.json:
        print(json.dumps(ev.as_json(total, per_article), ensure_ascii=False, indent=2))
    else:
        print(ev.report(total, per_article))
    return 0
