"""``suggest``, ``check``, ``similar`` and ``article``: the conflict finder from the shell."""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

from annotator.commands import Commands
from annotator.commands.store import _opened, _store_options


class _Spanned(Protocol):
    """What a printed suggestion shows of a claim: a stored one or an archived one."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


Claims = Mapping[int, tuple[str, _Spanned]]  # claim id → (article name, claim)

if TYPE_CHECKING:  # imported when a command runs, so ``annotator --help`` stays instant
    from annotator.archive.index import Archive
    from annotator.linking import Suggestion
    from annotator.store import Store


def register(commands: Commands) -> None:
    p = commands.add_parser("suggest", help="suggest links between claims (conflicts first) "
                            "and record them for review in the app")
    _store_options(p)
    p.add_argument("--format", choices=("jsonl", "table"), default="table")
    p.set_defaults(handler=suggest)

    p = commands.add_parser("check", help="import drafts and print their suggestions "
                            "against the store (and an archive)")
    p.add_argument("paths", nargs="+", metavar="FILE")
    _store_options(p, editor=True)
    p.add_argument("--archive", metavar="PATH", help="an archive to check against too, read-only")
    p.add_argument("--format", choices=("jsonl", "table"), default="table")
    p.set_defaults(handler=check)

    p = commands.add_parser("similar", help="the figures in other articles closest to a claim")
    p.add_argument("article", metavar="ARTICLE", help="the article's imported name")
    p.add_argument("offset", metavar="OFFSET", type=int, help="a character offset inside the claim")
    _store_options(p)
    p.add_argument("--limit", type=int, default=10, metavar="N")
    p.add_argument("--format", choices=("jsonl", "table"), default="table")
    p.set_defaults(handler=similar)

    p = commands.add_parser("article", help="an article's date, edition and title; "
                            "with options, correct them")
    p.add_argument("name", metavar="NAME", help="the article's imported name")
    _store_options(p, editor=True)
    p.add_argument("--published", metavar="YYYY-MM-DD", help='its date ("" clears)')
    p.add_argument("--edition", type=int, metavar="N", help="its fair's edition (0 clears)")
    p.add_argument("--title", metavar="T")
    p.set_defaults(handler=article)


def suggest(args: argparse.Namespace) -> int:
    from annotator.store import conflicts

    with _opened(args) as store:
        found, claims = conflicts.record(store, progress=_building)
    _print(found, claims, args.format)
    return 0


def _building(done: int, total: int) -> None:
    """Facts are built once for a store from before they were stored, or after a finder
    upgrade: say how far, on stderr (stdout is the suggestions)."""
    print(f"annotator: building the finder's facts: {done:,} of {total:,} articles",
          file=sys.stderr, flush=True)


def check(args: argparse.Namespace) -> int:
    """Drafts in, their suggestions out: the drafts' facts are written as they are
    imported and compared only with the stored facts their block keys reach (indexed
    reads), so a draft costs what it holds, not what the store holds."""
    from annotator.store import conflicts

    with _archive(args) as archive, _opened(args, create=True) as store:
        results = store.import_paths(args.paths)
        failed = [r for r in results if r.status == "failed"]
        for result in failed:
            print(f"annotator: {result.error}", file=sys.stderr)
        drafts = {r.article_id for r in results if r.article_id is not None}
        claims: Claims
        found, claims = conflicts.record(store, drafts, _building) if drafts else ([], {})
        if archive is not None and drafts:
            found, claims = _with_archived(store, archive, drafts, found, claims)
    _print(found, claims, args.format)
    return 1 if failed else 0


def _archive(args: argparse.Namespace) -> contextlib.AbstractContextManager[Archive | None]:
    """The archive ``--archive`` names, opened read-only, or None."""
    if not getattr(args, "archive", None):
        return contextlib.nullcontext()
    from annotator.archive.index import Archive

    return Archive(args.archive)


def _with_archived(store: Store, archive: Archive, drafts: set[int], found: list[Suggestion],
                   claims: Claims) -> tuple[list[Suggestion], Claims]:
    """The store's suggestions and the archive's, worst first, as one list."""
    from annotator.linking.suggestion import ordered
    from annotator.store import archived

    more, named = archived.suggestions(store, archive, drafts)
    return ordered(found + more), {**claims, **named}


def _print(found: list[Suggestion], claims: Claims, fmt: str) -> None:
    for suggestion in found:
        row = _suggestion_row(suggestion, claims)
        if fmt == "jsonl":
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(f"{row['relation']:12} {row['score']:.2f}  {row['reason']}\n"
                  f"{'':18}{row['a']['article']} @{row['a']['start']}  ↔  "
                  f"{row['b']['article']} @{row['b']['start']}"
                  + (f"  ({_agreement(evidence)})"
                     if isinstance(evidence := suggestion.params.get("evidence"), dict) else ""))


def _suggestion_row(suggestion: Suggestion,
                    claims: Claims) -> dict[str, Any]:
    def place(claim_id: int) -> dict[str, Any]:
        article, claim = claims[claim_id]
        return {"article": article, "start": claim.start, "end": claim.end, "text": claim.text}

    first, second = suggestion.claim_ids[:2]
    row = {"relation": suggestion.relation, "score": suggestion.score, "reason": suggestion.reason,
           "code": suggestion.code, "params": suggestion.params,
           "a": place(first), "b": place(second)}
    if suggestion.relation == "inconsistent":
        row["with"] = [place(i) for i in suggestion.claim_ids[1:]]
    return row


def _agreement(evidence: dict[str, object]) -> str:
    """``entity same · metric same · period different · unit same``."""
    return " · ".join(f"{part} {evidence[part]}" for part in ("entity", "metric", "period", "unit"))


def similar(args: argparse.Namespace) -> int:
    from annotator.store import conflicts

    with _opened(args) as store:
        _, found = conflicts.similar_to(store, args.article, args.offset, args.limit)
    for other, proof in found:
        row = {"score": proof.score, "agree": proof.as_dict(),
               "claim": {"article": other.article, "start": other.claim.start,
                         "end": other.claim.end, "text": other.claim.text}}
        if args.format == "jsonl":
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(f"{proof.score:.2f}  {other.claim.text:14} {other.article} @{other.claim.start}"
                  f"  ({_agreement(proof.as_dict())})")
    return 0


def article(args: argparse.Namespace) -> int:
    from annotator.store import conflicts
    from annotator.store.errors import InvalidInputError

    changes = {k: getattr(args, k) for k in ("published", "edition", "title")
               if getattr(args, k) is not None}
    if changes.get("published") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", changes["published"]):
        raise InvalidInputError(f"--published {changes['published']!r}: write the date as YYYY-MM-DD")
    with _opened(args) as store:
        article_id = store.article_id(args.name)
        found = store.article(article_id)
        if changes:
            found = store.update_article(article_id, found.version, **changes)
            # the finder reads the date: this article's figures are checked again
            added = conflicts.record(store, {article_id}, _building)[0]
        print(f"{found.name}\ttitle: {found.title}\tpublished: {found.published or '-'}"
              f"\tedition: {found.edition or '-'}")
        if changes:
            print(f"the finder ran again: {sum(s.relation != 'same' for s in added)} conflicts "
                  f"and inconsistencies to review")
    return 0
