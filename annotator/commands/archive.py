"""``archive build``: an archive of many articles, built on Dask (docs/archive.md)."""

from __future__ import annotations

import argparse
import sys

from annotator.commands import Commands


def register(commands: Commands) -> None:
    p = commands.add_parser("archive", help="archives of many articles, read-only on desktops")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    b = actions.add_parser("build", help="build (or extend) an archive on Dask")
    b.add_argument("sources", nargs="+", metavar="SOURCE",
                   help="folders of article files, .jsonl or .parquet files of articles")
    b.add_argument("-o", "--output", required=True, metavar="ARCHIVE", help="the archive file")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="a Dask scheduler (tcp://host:8786); default: a local cluster")
    b.add_argument("--workers", type=int, metavar="N", help="local cluster: worker processes "
                   "(default: one a CPU)")
    b.set_defaults(handler=build)


def build(args: argparse.Namespace) -> int:
    from annotator.archive.build import build as run
    from annotator.archive.build import cluster

    with cluster(args.scheduler, args.workers) as client:
        built = run(args.sources, args.output, client, report=lambda line: print(line, flush=True))
    for line in built.failed:
        print(f"annotator: {line}", file=sys.stderr)
    print(f"{args.output}: {built.added:,} articles added ({built.claims:,} claims), "
          f"{built.skipped:,} archived already, {len(built.failed):,} failed")
    return 1 if built.failed else 0
