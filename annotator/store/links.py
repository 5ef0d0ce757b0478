"""Links between claims: an editor's, and the conflict finder's suggestions.

A link is a set of claims (two for ``same``/``conflict``/``related``, two or more for an
``inconsistent`` sum), unique per set: a dismissed suggestion stays in the table, so the
same set is never suggested again. Each function runs in the caller's transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from annotator.linking import CONFIRMED, Suggestion
from annotator.store import history, rows
from annotator.store.errors import InvalidInputError, StaleError
from annotator.store.records import LINK_STATES, RELATIONS
from annotator.store.rows import Row

# Who suggestions are recorded as: not a person, so no editor's undo replays them.
SUGGESTER = "annotator"
_ACTIONS = {"accepted": "accept_link", "dismissed": "dismiss_link", "suggested": "reopen_link"}


def members_key(claim_ids: Iterable[int]) -> str:
    return ",".join(str(i) for i in sorted(set(claim_ids)))


def _checked(relation: str, claim_ids: Iterable[int]) -> list[int]:
    members = sorted(set(claim_ids))
    if relation not in RELATIONS:
        raise InvalidInputError(f"unknown relation {relation!r}; use one of {', '.join(RELATIONS)}")
    if len(members) < 2:
        raise InvalidInputError("a link joins two or more different claims")
    return members


def link(conn: sqlite3.Connection, editor: str, claim_ids: Iterable[int], relation: str,
         reason: str | None, version: int | None = None) -> int:
    """An editor links claims (accepted at once); linking a suggested set accepts it.
    A set linked with another relation changes only at the ``version`` the editor saw."""
    members = _checked(relation, claim_ids)
    key = members_key(members)
    found = conn.execute("SELECT id, relation, version FROM links WHERE members_key = ?",
                         (key,)).fetchone()
    if found and found[1] != relation and found[2] != version:
        raise StaleError(f"these claims are already linked as {found[1]!r} (link {found[0]}, "
                         f"version {found[2]}); nothing was saved: look at that link and "
                         "change it from there")
    when = history.now()
    decided = {"relation": relation, "state": "accepted", "decided_by": editor, "decided_at": when}
    if reason is not None:
        decided["reason"] = reason
    if found:
        before = history.STATES["link"].read(conn, found[0])
        rows.update_row(conn, "links", found[0], decided)
        link_id: int = found[0]
    else:
        before = None
        link_id = _insert(conn, members, {**decided, "origin": "editor", "created_by": editor,
                                          "created_at": when})
    _record(conn, editor, "link", link_id, members[0], before)
    return link_id


def suggest(conn: sqlite3.Connection, suggestions: Iterable[Suggestion]) -> list[int]:
    """Store the suggestions whose claim set has no link yet (in any state); their ids."""
    added = []
    for s in suggestions:
        members = _checked(s.relation, s.claim_ids)
        if conn.execute("SELECT 1 FROM links WHERE members_key = ?",
                        (members_key(members),)).fetchone():
            continue
        link_id = _insert(conn, members, {
            "relation": s.relation, "origin": "suggested", "state": "suggested",
            "reason": s.reason, "score": s.score, "code": s.code or None,
            "params": json.dumps(s.params, ensure_ascii=False) if s.params else None,
            "created_by": SUGGESTER,
            "created_at": history.now()})
        _record(conn, SUGGESTER, "suggest", link_id, members[0], None)
        added.append(link_id)
    return added


def confirmed(conn: sqlite3.Connection, claim_ids: Iterable[int], outside: set[int]
              ) -> dict[int, float]:
    """For each claim, the best score of a suggested ``same_fact`` (the finder's, in any
    state) with claims all outside the articles ``outside`` names."""
    best: dict[int, float] = {}
    for claim_id in sorted(set(claim_ids)):
        for (score,) in conn.execute(
                "SELECT max(l.score) FROM link_members m JOIN links l ON l.id = m.link_id "
                f"WHERE m.claim_id = ? AND l.origin = 'suggested' AND l.code = ? AND {_OUTSIDE}",
                (claim_id, CONFIRMED, *_outside(outside))):
            if score is not None:
                best[claim_id] = score
    return best


def withdraw_superseded(conn: sqlite3.Connection, found: Iterable[Suggestion],
                        outside: set[int]) -> int:
    """A new ``same_fact`` confirms a figure that an open ``different_figure`` suggestion
    between other articles contradicts less surely: a full run would no longer suggest
    that conflict, so it goes (with its event). Reviewed links stay. How many went."""
    gone = 0
    for same in found:
        if same.relation != "same" or same.code != CONFIRMED:
            continue
        for claim_id in same.claim_ids:
            rows = conn.execute(
                "SELECT l.id FROM link_members m JOIN links l ON l.id = m.link_id "
                "WHERE m.claim_id = ? AND l.relation = 'conflict' AND l.code = 'different_figure' "
                f"AND l.state = 'suggested' AND l.origin = 'suggested' AND l.score <= ? AND {_OUTSIDE}",
                (claim_id, same.score, *_outside(outside))).fetchall()
            for (link_id,) in rows:
                before = history.STATES["link"].read(conn, link_id)
                assert before is not None  # read under the write that deletes it
                article_id = conn.execute("SELECT article_id FROM claims WHERE id = ?",
                                          (before["members"][0],)).fetchone()[0]
                conn.execute("DELETE FROM links WHERE id = ?", (link_id,))
                history.record(conn, SUGGESTER, "withdraw", "link", link_id, article_id,
                               before, None)
                gone += 1
    return gone


# a link none of whose claims is in the articles of ``outside`` (a JSON list)
_OUTSIDE = ("NOT EXISTS (SELECT 1 FROM link_members o JOIN claims c ON c.id = o.claim_id "
            "WHERE o.link_id = l.id AND c.article_id IN (SELECT value FROM json_each(?)))")


def _outside(articles: set[int]) -> tuple[str]:
    return (json.dumps(sorted(articles)),)


def set_state(conn: sqlite3.Connection, editor: str, link_id: int, version: int,
              state: str) -> None:
    """Accept or dismiss a link (or put it back to suggested)."""
    if state not in LINK_STATES:
        raise InvalidInputError(f"unknown link state {state!r}; use one of {', '.join(LINK_STATES)}")
    rows.row_at_version(conn, "links", link_id, version)
    before = history.STATES["link"].read(conn, link_id)
    assert before is not None  # row_at_version has just found it
    decided = state != "suggested"
    rows.update_row(conn, "links", link_id, {
        "state": state, "decided_by": editor if decided else None,
        "decided_at": history.now() if decided else None})
    _record(conn, editor, _ACTIONS[state], link_id, before["members"][0], before)


def _insert(conn: sqlite3.Connection, members: list[int], values: Row) -> int:
    return history.put_link(conn, {"members_key": members_key(members), **values}, members)


def _record(conn: sqlite3.Connection, editor: str, action: str, link_id: int, first_member: int,
            before: Row | None) -> None:
    article_id = conn.execute("SELECT article_id FROM claims WHERE id = ?",
                              (first_member,)).fetchone()[0]
    history.record(conn, editor, action, "link", link_id, article_id, before,
                   history.STATES["link"].read(conn, link_id))
