"""``gui``: the desktop app (also what ``annotator`` with no command starts)."""

from __future__ import annotations

import argparse

from annotator.commands import Commands


def register(commands: Commands) -> None:
    p = commands.add_parser("gui", help="start the desktop app")
    add_options(p)
    p.set_defaults(handler=gui)


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="the store file (default: $ANNOTATOR_DB or the user's data folder)")
    parser.add_argument("--editor", help="your name in the history (default: $ANNOTATOR_EDITOR)")
    parser.add_argument("--archive", metavar="PATH", help="an archive the finder checks against "
                        "too, read-only (default: the one chosen in the app)")
    parser.add_argument("--self-test", action="store_true",
                        help="start on a temporary store with the sample articles, check, exit")


def gui(args: argparse.Namespace) -> int:
    if getattr(args, "self_test", False):
        from annotator.ui.selftest import self_test

        return self_test()
    from annotator.ui.app import run

    return run(db=getattr(args, "db", None), editor=getattr(args, "editor", None),
               archive=getattr(args, "archive", None))
