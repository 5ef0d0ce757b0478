"""``bench``: speed figures for every layer, printed as they are measured."""

from __future__ import annotations

import argparse
import os
import sys

from annotator.commands import Commands


def register(commands: Commands) -> None:
    p = commands.add_parser("bench", help="print speed figures (extraction, store, app)")
    p.add_argument("--quick", action="store_true", help="smaller inputs, for a smoke run")
    p.add_argument("--only", choices=("extraction", "linking", "links-accuracy", "store", "check",
                                      "app", "archive"), help="one part only")
    p.add_argument("--size", type=int, metavar="N",
                   help="archive: how many generated articles (default 100,000)")
    p.add_argument("--corpus", nargs="+", metavar="DIR", default=(),
                   help="links-accuracy: plant errors in these folders' articles (default: the seeds)")
    p.set_defaults(handler=bench)


def report(line: str) -> None:
    print(line, flush=True)


def bench(args: argparse.Namespace) -> int:
    if args.only in (None, "extraction"):
        from annotator import bench as extraction

        extraction.run(quick=args.quick)
    if args.only in (None, "linking"):
        from annotator.linking import bench as linking
        from annotator.store import finder_bench

        linking.run(quick=args.quick)
        finder_bench.run(quick=args.quick, report=report)
    if args.only in (None, "links-accuracy"):
        from annotator.linking import accuracy

        accuracy.run(quick=args.quick, report=report, folders=args.corpus)
    if args.only in (None, "store"):
        from annotator.store import bench as store

        store.run(quick=args.quick, report=report)
    if args.only in (None, "check"):
        from annotator.store import check_bench

        check_bench.run(quick=args.quick, report=report)
    if args.only in (None, "app"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # figures need no screen
        from annotator.ui import bench as app

        app.run(quick=args.quick, report=report)
    if args.only in (None, "archive"):
        from annotator.archive import bench as archive

        archive.run(quick=args.quick, size=args.size, report=report)
    sys.stdout.flush()
    return 0
