"""``import``, ``export``, ``stats``, ``backup`` and ``reextract``: the claim store from the shell.

Each takes ``--db`` (default ``$ANNOTATOR_DB``, else the store in the user's data folder).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.commands import Commands

if TYPE_CHECKING:  # imported when a command runs, so ``annotator --help`` stays instant
    from annotator.store import Store
    from annotator.store.records import ImportResult


def register(commands: Commands) -> None:
    p = commands.add_parser("import", help="import files or folders into the store")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _store_options(p, editor=True)
    p.set_defaults(handler=import_)

    from annotator.store.export import FORMATS
    p = commands.add_parser("export", help="write claims with their decisions and links")
    _store_options(p)
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--status", help="unchecked, confirmed, corrected, rejected, disputed, "
                                    "decided, verified (confirmed, corrected or disputed) "
                                    "or orphaned")
    p.add_argument("--article", metavar="NAME", help="only this article (its imported name)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--newsroom", help="author of JSON-LD reviews (default $ANNOTATOR_NEWSROOM "
                                      "or 数核)")
    p.set_defaults(handler=export)

    p = commands.add_parser("stats", help="progress per article")
    _store_options(p)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=stats)

    p = commands.add_parser("backup", help="copy the store safely while it is in use")
    p.add_argument("target", metavar="PATH")
    _store_options(p)
    p.set_defaults(handler=backup)

    p = commands.add_parser("reextract", help="extract every article again, keeping decisions")
    _store_options(p, editor=True)
    p.set_defaults(handler=reextract)


def _store_options(parser: argparse.ArgumentParser, editor: bool = False) -> None:
    # SUPPRESS: an unset option must not hide `annotator --db X stats`'s top-level one
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="the store (default $ANNOTATOR_DB, else the one in your data folder)")
    if editor:
        parser.add_argument("--editor", metavar="NAME", default=argparse.SUPPRESS,
                            help="who the changes are recorded as (default $ANNOTATOR_EDITOR)")


@contextmanager
def _opened(args: argparse.Namespace, create: bool = False) -> Iterator[Store]:
    from annotator.store import Store

    store = Store(getattr(args, "db", None), editor=getattr(args, "editor", None),
                  create=create)
    if store.read_only:
        print(f"annotator: {store.path}: opened read-only (this user cannot write the store "
              "or its folder)", file=sys.stderr)
    try:
        yield store
    finally:
        store.close()


def import_(args: argparse.Namespace) -> int:
    from annotator.store.files import find_files
    from annotator.textio import SUPPORTED_SUFFIXES

    if next(find_files(args.paths), None) is None:
        print(f"annotator: no article files ({', '.join(SUPPORTED_SUFFIXES)}) in "
              f"{', '.join(args.paths)}", file=sys.stderr)
        return 1
    with _opened(args, create=True) as store:
        counts = Counter[str]()  # not the results: 100,000 files take no more memory than 10
        for result in store.iter_import(args.paths):
            counts[result.status] += 1
            _report_import(result)
        print(_summary(counts, store.path))
    return 1 if counts["failed"] else 0


def _report_import(result: ImportResult) -> None:
    if result.status == "failed":
        print(f"annotator: {result.error}", file=sys.stderr)
        return
    detail = f"{result.claims} claims"
    if result.status == "updated":
        detail += f", {result.kept} decisions kept, {result.orphaned} orphaned"
    print(f"{result.status:9} {one_line(result.name)}  ({detail})", flush=True)


def one_line(name: str) -> str:
    """A name on one table row: a newline or tab in a file name is shown, not obeyed."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in name)


def _summary(counts: Counter[str], path: Path, noun: str = "files") -> str:
    """How many results of each status."""
    return (f"{counts.total()} {noun} in {path}: "
            + ", ".join(f"{counts[status]} {status}"
                        for status in ("new", "updated", "unchanged", "failed")))


def export(args: argparse.Namespace) -> int:
    from annotator.store.export import BINARY_FORMATS
    options = {"status": args.status, "article": args.article, "newsroom": args.newsroom}
    with _opened(args) as store:
        if args.output is None:
            out = sys.stdout.buffer if args.format in BINARY_FORMATS else sys.stdout
            store.export(args.format, out, **options)
        else:
            store.export_to(args.format, args.output, **options)
    return 0


def stats(args: argparse.Namespace) -> int:
    with _opened(args) as store:
        rows = store.articles()
    if args.json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
        return 0
    names = [one_line(r.name) for r in rows]
    width = max([len(n) for n in names] + [7])
    print(f"{'article':<{width}}  {'claims':>6}  {'decided':>7}  {'disputed':>8}  "
          f"{'open conflicts':>14}  {'orphaned':>8}")
    for r, name in zip(rows, names, strict=True):
        print(f"{name:<{width}}  {r.claims:>6}  {r.decided:>7}  {r.disputed:>8}  "
              f"{r.open_conflicts:>14}  {r.orphaned:>8}")
    totals = [sum(getattr(r, f) for r in rows)
              for f in ("claims", "decided", "disputed", "open_conflicts", "orphaned")]
    print(f"{'total':<{width}}  {totals[0]:>6}  {totals[1]:>7}  {totals[2]:>8}  {totals[3]:>14}  "
          f"{totals[4]:>8}")
    return 0


def backup(args: argparse.Namespace) -> int:
    with _opened(args) as store:
        target = store.backup(args.target)
        print(f"backed up {store.path} to {target}")
    return 0


def reextract(args: argparse.Namespace) -> int:
    with _opened(args) as store:
        counts = Counter[str]()
        for result in store.reextract():
            counts[result.status] += 1
            if result.status == "updated":
                _report_import(result)
        print(_summary(counts, store.path, "articles"))
    return 0


