"""The append-only history, and undo/redo as replays of it.

Every change writes an event with the entity's state ``before`` and ``after`` it, in the
same transaction as the change. Undo applies an event's ``before`` and records an
``undo`` event pointing at it; redo applies the ``before`` of that undo event (which is
the state undo found). So the history alone drives undo, across articles and restarts.

Undo never overwrites work done since: when the entity is no longer in the state the
event left it in (someone else changed it), nothing is replayed and a ``skip`` event is
recorded instead, so the next undo goes on to the action before it, never stuck on one.
The conflict finder's open suggestions are no one's work: they do not count as a change.

States per entity: a claim's is its row (a decision records only the decision fields);
a link's its row and members; ``article_info`` the editable title, date and edition;
an ``article`` the whole article (text, claims and their links) - recorded in full where
it must be restored, and as a fingerprint where it only has to be recognised.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Sequence
from datetime import UTC, datetime

from annotator.store.errors import NothingToUndoError, StaleError
from annotator.store.records import DECISION_FIELDS, Event
from annotator.store.rows import Row, insert_row, row, update_row

UNDO, REDO, SKIP = "undo", "redo", "skip"
ARTICLE_INFO_FIELDS = ("title", "published", "edition")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def record(conn: sqlite3.Connection, editor: str, action: str, entity: str, entity_id: int,
           article_id: int | None, before: object, after: object, undoes: int | None = None) -> int:
    """Append one event; the caller's transaction commits it with the change."""
    cur = conn.execute(
        "INSERT INTO events (at, editor, action, entity, entity_id, article_id, before, "
        "after, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (now(), editor, action, entity, entity_id, article_id, _json(before), _json(after),
         undoes))
    assert cur.lastrowid is not None  # set by every INSERT into a rowid table
    return cur.lastrowid


def _json(state: object) -> str | None:
    return None if state is None else json.dumps(state, ensure_ascii=False, sort_keys=True)


# --- entity states ----------------------------------------------------------------

def _without_version(state: Row) -> Row:
    plain = dict(state)  # a copy, then one key out: a tenth of a comprehension's time
    plain.pop("version", None)
    return plain


def _reinserted(state: Row, floor: int = 0) -> Row:
    """A row coming back: its version moves on, never back to one a client still holds."""
    return {**state, "version": max(state.get("version", 0), floor) + 1}


class _State(ABC):
    """How one kind of entity is read, recorded, recognised and put back. A state is a
    row (``Row``), an article's snapshot, or None where the entity does not exist; as
    recorded in an event it is parsed JSON."""

    @staticmethod
    @abstractmethod
    def read(conn: sqlite3.Connection, entity_id: int) -> Row | None: ...

    @staticmethod
    @abstractmethod
    def same(current: Row, recorded: Row) -> bool: ...

    @staticmethod
    @abstractmethod
    def apply(conn: sqlite3.Connection, entity_id: int, state: Row | None) -> None: ...

    @staticmethod
    def compact(state: Row | None) -> Row | None:
        """The form an ``after`` state is recorded in (it is only compared, never applied)."""
        return state

    @classmethod
    def matches(cls, current: Row | None, recorded: Row | None) -> bool:
        """Is the entity still as ``recorded`` left it?"""
        if current is None or recorded is None:
            return current is recorded
        return cls.same(current, recorded)


class _ClaimState(_State):
    @staticmethod
    def read(conn: sqlite3.Connection, entity_id: int) -> Row | None:
        return row(conn, "claims", entity_id)

    @staticmethod
    def same(current: Row, recorded: Row) -> bool:
        # offsets move with re-imports; what undo must not overwrite is the decision
        return all(current[f] == recorded[f] for f in DECISION_FIELDS if f in recorded)

    @staticmethod
    def apply(conn: sqlite3.Connection, entity_id: int, state: Row | None) -> None:
        claim_id = entity_id
        if state is None:
            conn.execute("DELETE FROM claims WHERE id = ?", (claim_id,))
        elif conn.execute("SELECT 1 FROM claims WHERE id = ?", (claim_id,)).fetchone():
            update_row(conn, "claims", claim_id, {f: state[f] for f in DECISION_FIELDS if f in state})
        else:
            insert_row(conn, "claims", _reinserted(state))


class _LinkState(_State):
    @staticmethod
    def read(conn: sqlite3.Connection, entity_id: int) -> Row | None:
        link_id = entity_id
        state = row(conn, "links", link_id)
        if state is not None:
            state["members"] = [r[0] for r in conn.execute(
                "SELECT claim_id FROM link_members WHERE link_id = ? ORDER BY claim_id",
                (link_id,))]
        return state

    @staticmethod
    def same(current: Row, recorded: Row) -> bool:
        return _without_version(current) == _without_version(recorded)

    @staticmethod
    def apply(conn: sqlite3.Connection, entity_id: int, state: Row | None) -> None:
        link_id = entity_id
        if state is None:
            conn.execute("DELETE FROM links WHERE id = ?", (link_id,))
            return
        fields = {k: v for k, v in state.items() if k not in ("members", "version", "id")}
        if conn.execute("SELECT 1 FROM links WHERE id = ?", (link_id,)).fetchone():
            update_row(conn, "links", link_id, fields)
        else:
            put_link(conn, _reinserted({k: v for k, v in state.items() if k != "members"}),
                     state["members"])


def put_link(conn: sqlite3.Connection, values: Row, members: Sequence[int]) -> int:
    """Insert a link row and its members; its id. A member that no longer exists ends it."""
    marks = ", ".join("?" * len(members))
    existing = conn.execute(f"SELECT count(*) FROM claims WHERE id IN ({marks})", tuple(members))
    if existing.fetchone()[0] != len(set(members)):
        raise StaleError("a claim of this link no longer exists")
    link_id = insert_row(conn, "links", values)
    conn.executemany("INSERT INTO link_members (link_id, claim_id) VALUES (?, ?)",
                     [(link_id, m) for m in members])
    return link_id


class _ArticleInfoState(_State):
    @staticmethod
    def read(conn: sqlite3.Connection, entity_id: int) -> Row | None:
        state = row(conn, "articles", entity_id)
        return None if state is None else {f: state[f] for f in ARTICLE_INFO_FIELDS}

    @staticmethod
    def same(current: Row, recorded: Row) -> bool:
        return current == recorded

    @staticmethod
    def apply(conn: sqlite3.Connection, entity_id: int, state: Row | None) -> None:
        if state is None:
            raise StaleError("the article no longer exists")
        update_row(conn, "articles", entity_id, state)


class _ArticleState(_State):
    @staticmethod
    def read(conn: sqlite3.Connection, entity_id: int) -> Row | None:
        return article_snapshot(conn, entity_id)

    @staticmethod
    def compact(state: Row | None) -> Row | None:
        return None if state is None else {"fingerprint": fingerprint(state)}

    @staticmethod
    def same(current: Row, recorded: Row) -> bool:
        return fingerprint(current) == (recorded.get("fingerprint") or fingerprint(recorded))

    @staticmethod
    def apply(conn: sqlite3.Connection, entity_id: int, state: Row | None) -> None:
        if state is None:
            conn.execute("DELETE FROM articles WHERE id = ?", (entity_id,))
        else:
            restore_article(conn, entity_id, state)


STATES: dict[str, type[_State]] = {"claim": _ClaimState, "link": _LinkState, "article_info": _ArticleInfoState,
          "article": _ArticleState}


# --- whole articles -------------------------------------------------------------------

def article_snapshot(conn: sqlite3.Connection, article_id: int) -> Row | None:
    """The article, its claims and every link touching them: enough to bring it back."""
    article = row(conn, "articles", article_id)
    if article is None:
        return None
    cur = conn.execute("SELECT * FROM claims WHERE article_id = ? ORDER BY id", (article_id,))
    names = [d[0] for d in cur.description]
    claims = [dict(zip(names, values)) for values in cur]
    link_ids = [r[0] for r in conn.execute(
        "SELECT DISTINCT m.link_id FROM link_members m JOIN claims c ON c.id = m.claim_id "
        "WHERE c.article_id = ? ORDER BY m.link_id", (article_id,))]
    links = [_LinkState.read(conn, link_id) for link_id in link_ids]
    return {"article": article, "claims": claims, "links": links}


def fingerprint(snapshot: Row) -> str:
    """A hash of what an article holds, blind to row versions (they only ever grow)."""
    plain = {
        "article": _without_version(snapshot["article"]),
        "claims": [_without_version(c) for c in snapshot["claims"]],
        # the finder adds and drops suggestions at will: an import stays undoable after it ran
        "links": [_without_version(k) for k in snapshot["links"] if k["state"] != "suggested"],
    }
    data = json.dumps(plain, ensure_ascii=False, sort_keys=True).encode()
    return hashlib.sha256(data).hexdigest()


def restore_article(conn: sqlite3.Connection, article_id: int, snapshot: Row) -> None:
    """Put the article back exactly as the snapshot holds it, ids included."""
    article = snapshot["article"]
    versions = dict(conn.execute("SELECT id, version FROM claims WHERE article_id = ?",
                                 (article_id,)).fetchall())
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
        conn.execute("DELETE FROM claims WHERE article_id = ?", (article_id,))
        update_row(conn, "articles", article_id,
                {k: v for k, v in article.items() if k not in ("id", "version")})
    else:
        taken = conn.execute("SELECT 1 FROM articles WHERE name = ?", (article["name"],))
        if taken.fetchone():
            raise StaleError(f"{article['name']}: another article has this name now")
        insert_row(conn, "articles", _reinserted(article))
    for claim in snapshot["claims"]:
        insert_row(conn, "claims", _reinserted(claim, versions.get(claim["id"], 0)))
    for link in snapshot["links"]:
        if not conn.execute("SELECT 1 FROM links WHERE id = ?", (link["id"],)).fetchone():
            put_link(conn, _reinserted({k: v for k, v in link.items() if k != "members"}),
                     link["members"])


# --- undo and redo --------------------------------------------------------------------

_EVENT_COLUMNS = Event.columns("e")


def undo_target(conn: sqlite3.Connection, editor: str) -> Event | None:
    """The editor's last action (or redo) that is not undone yet."""
    found = conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.editor = ? AND e.action NOT IN (?, ?) "
        "AND NOT EXISTS (SELECT 1 FROM events u WHERE u.undoes = e.id) "
        "ORDER BY e.id DESC LIMIT 1", (editor, UNDO, SKIP)).fetchone()
    return Event.from_row(found) if found else None


def redo_target(conn: sqlite3.Connection, editor: str) -> Event | None:
    """The editor's last undo not redone yet, unless a new action came after it."""
    found = conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.editor = ? AND e.action = ? "
        "AND e.id > (SELECT coalesce(max(id), 0) FROM events "
        "            WHERE editor = ? AND action NOT IN (?, ?, ?)) "
        "AND NOT EXISTS (SELECT 1 FROM events r WHERE r.undoes = e.id) "
        "ORDER BY e.id DESC LIMIT 1", (editor, UNDO, editor, UNDO, REDO, SKIP)).fetchone()
    return Event.from_row(found) if found else None


def undo(conn: sqlite3.Connection, editor: str) -> Event:
    target = undo_target(conn, editor)
    if target is None:
        raise NothingToUndoError("nothing to undo")
    return _replay_before(conn, editor, target, UNDO)


def redo(conn: sqlite3.Connection, editor: str) -> Event:
    target = redo_target(conn, editor)
    if target is None:
        raise NothingToUndoError("nothing to redo")
    return _replay_before(conn, editor, target, REDO)


def _replay_before(conn: sqlite3.Connection, editor: str, event: Event, action: str) -> Event:
    """Put ``event``'s entity back to its ``before`` state and record that as ``action``;
    if it changed since, record a ``skip`` of it instead and change nothing."""
    state = STATES[event.entity]
    current = state.read(conn, event.entity_id)
    if state.matches(current, event.after) and _applied(conn, state, event):
        before, after = current, state.compact(event.before)
    else:
        action, before, after = SKIP, None, {"skipped": event.action}  # nothing changed
    event_id = record(conn, editor, action, event.entity, event.entity_id, event.article_id,
                      before, after, undoes=event.id)
    found = conn.execute(f"SELECT {Event.columns()} FROM events WHERE id = ?", (event_id,))
    return Event.from_row(found.fetchone())


def _applied(conn: sqlite3.Connection, state: type[_State], event: Event) -> bool:
    """Put back ``event.before``; False, with nothing changed, where it no longer fits (a
    link's claim is gone, an article's name is taken)."""
    conn.execute("SAVEPOINT replay")
    try:
        state.apply(conn, event.entity_id, event.before)
        return True
    except StaleError:
        conn.execute("ROLLBACK TO replay")
        return False
    finally:
        conn.execute("RELEASE replay")
