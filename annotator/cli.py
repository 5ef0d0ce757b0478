"""The ``annotator`` command: one sub-command per job, contract in ``spec/cli.md``.

Each family of sub-commands lives in ``annotator.commands.*`` and registers itself
here; the heavy modules they use are imported only when the command runs, so
``annotator --help`` stays instant.
"""

from __future__ import annotations

import argparse
import sys

from annotator import __version__
from annotator.commands import app, archive, bench, extraction, finder, store
from annotator.errors import UserError

COMMAND_FAMILIES = (app, extraction, store, finder, archive, bench)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator",
        description="数核 — check the numeric claims in Chinese news articles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for family in COMMAND_FAMILIES:
        family.register(commands)
    app.add_options(parser)  # `annotator --db X` starts the app on X
    parser.set_defaults(handler=app.gui)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args) or 0
    except UserError as exc:
        print(f"annotator: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `annotator extract big.txt | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0
