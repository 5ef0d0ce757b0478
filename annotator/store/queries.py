"""Read-only questions the app, the exports and the commands ask of a store.

Listings are built for a million claims: claims by article come from the
``(article_id, start)`` index, status filters page by id from ``(status, id)``, and counts
read the per-article ``claim_counts`` that triggers keep.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any, TypeVar

from annotator.store.errors import InvalidInputError, NotFoundError
from annotator.store.records import STATUSES, Article, ArticleStats, Event, Link, StoredClaim, _Columns

R = TypeVar("R", bound=_Columns)

_CLAIM_COLUMNS = StoredClaim.columns()
_IDS = 500  # ids per IN (…): well under SQLite's limit on variables
# CROSS JOIN keeps SQLite from starting at the (many) unchecked claims: links are few.
_OPEN_CONFLICTS = """
    SELECT c.article_id, count(DISTINCT l.id) FROM links l
    CROSS JOIN link_members m ON m.link_id = l.id CROSS JOIN claims c ON c.id = m.claim_id
    WHERE l.relation IN ('conflict', 'inconsistent') AND l.state != 'dismissed'
      AND c.status = 'unchecked'{where} GROUP BY c.article_id"""


def _one(conn: sqlite3.Connection, record: type[R], table: str, row_id: int) -> R:
    found = conn.execute(f"SELECT {record.columns()} FROM {table} WHERE id = ?",
                         (row_id,)).fetchone()
    if found is None:
        raise NotFoundError(f"{table.rstrip('s')} {row_id} does not exist")
    return record.from_row(found)


def article(conn: sqlite3.Connection, article_id: int) -> Article:
    return _one(conn, Article, "articles", article_id)


def article_id_named(conn: sqlite3.Connection, name: str) -> int:
    found = conn.execute("SELECT id FROM articles WHERE name = ?", (name,)).fetchone()
    if found is None:
        raise NotFoundError(f"no article named {name!r} in the store")
    article_id: int = found[0]
    return article_id


def article_stats(conn: sqlite3.Connection, article_id: int | None = None) -> list[ArticleStats]:
    """Claims, decided, disputed (存疑), open conflicts and orphaned decisions per article.

    An orphaned decision is counted apart: it is not a claim of the current text.
    """
    args = () if article_id is None else (article_id,)

    def only(column: str) -> str:
        return "" if article_id is None else f" AND {column} = ?"

    orphans = {r[0]: r[1:] for r in conn.execute(
        "SELECT article_id, count(*), sum(status != 'unchecked'), sum(status = 'disputed') FROM claims "
        f"WHERE orphaned{only('article_id')} GROUP BY article_id", args)}
    conflicts = dict(conn.execute(_OPEN_CONFLICTS.format(where=only("c.article_id")), args))
    rows = conn.execute(
        "SELECT a.id, a.name, a.title, a.published, a.edition, coalesce(k.total, 0), "
        "coalesce(k.decided, 0), coalesce(k.disputed, 0) FROM articles a LEFT JOIN (SELECT "
        "article_id, sum(n) AS total, sum(CASE WHEN status != 'unchecked' THEN n ELSE 0 END) "
        "AS decided, sum(CASE WHEN status = 'disputed' THEN n ELSE 0 END) AS disputed FROM claim_counts "
        f"WHERE 1{only('article_id')} GROUP BY article_id) k ON k.article_id = a.id "
        f"WHERE 1{only('a.id')} ORDER BY a.name", args * 2)
    stats = []
    for an_id, name, title, published, edition, claims, decided, disputed in rows:
        orphaned, orphaned_decided, orphaned_disputed = orphans.get(an_id, (0, 0, 0))
        stats.append(ArticleStats(an_id, name, title, published, edition, claims - orphaned,
                                  decided - orphaned_decided, disputed - orphaned_disputed,
                                  conflicts.get(an_id, 0), orphaned))
    return stats


def claims_of(conn: sqlite3.Connection, article_id: int) -> list[StoredClaim]:
    """An article's claims in text order, orphaned decisions included (flagged)."""
    return [StoredClaim(*r) for r in conn.execute(
        f"SELECT {_CLAIM_COLUMNS} FROM claims WHERE article_id = ? ORDER BY start, id",
        (article_id,))]


def claim(conn: sqlite3.Connection, claim_id: int) -> StoredClaim:
    return _one(conn, StoredClaim, "claims", claim_id)


def claims_by_id(conn: sqlite3.Connection, claim_ids: Iterable[int]) -> list[StoredClaim]:
    """The claims of these ids that exist, by id, a few hundred a query."""
    ids = sorted(set(claim_ids))
    found: list[StoredClaim] = []
    for i in range(0, len(ids), _IDS):
        chunk = ids[i:i + _IDS]
        found += [StoredClaim(*r) for r in conn.execute(
            f"SELECT {_CLAIM_COLUMNS} FROM claims WHERE id IN ({','.join('?' * len(chunk))}) "
            "ORDER BY id", chunk)]
    return found


def _filter(status: str | None, article_id: int | None) -> tuple[str, tuple[object, ...]]:
    if status is not None and status not in STATUSES:
        raise InvalidInputError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
    terms = [(t, v) for t, v in (("status = ?", status), ("article_id = ?", article_id))
             if v is not None]
    where = " AND ".join(t for t, _ in terms) or "1"
    return where, tuple(v for _, v in terms)


def count_claims(conn: sqlite3.Connection, status: str | None = None,
                 article_id: int | None = None) -> int:
    where, args = _filter(status, article_id)
    count: int = conn.execute(f"SELECT coalesce(sum(n), 0) FROM claim_counts WHERE {where}",
                              args).fetchone()[0]
    return count


def claims_page(conn: sqlite3.Connection, status: str | None = None,
                article_id: int | None = None, after_id: int = 0,
                limit: int = 200) -> list[StoredClaim]:
    """Up to ``limit`` claims by id after ``after_id``: page on with the last id seen."""
    where, args = _filter(status, article_id)
    return [StoredClaim(*r) for r in conn.execute(
        f"SELECT {_CLAIM_COLUMNS} FROM claims WHERE {where} AND id > ? ORDER BY id LIMIT ?",
        (*args, after_id, limit))]


def link(conn: sqlite3.Connection, link_id: int) -> Link:
    return _one(conn, Link, "links", link_id)


def links_of(conn: sqlite3.Connection, *, claim_id: int | None = None,
             article_id: int | None = None, state: str | None = None,
             relation: str | None = None, include_dismissed: bool = False) -> list[Link]:
    """Links touching a claim or an article (or all), best-scored first."""
    terms: list[str] = []
    args: list[Any] = []
    if claim_id is not None:
        terms.append("l.id IN (SELECT link_id FROM link_members WHERE claim_id = ?)")
        args.append(claim_id)
    if article_id is not None:
        terms.append("l.id IN (SELECT m.link_id FROM link_members m JOIN claims c "
                     "ON c.id = m.claim_id WHERE c.article_id = ?)")
        args.append(article_id)
    for column, value in (("l.state", state), ("l.relation", relation)):
        if value is not None:
            terms.append(f"{column} = ?")
            args.append(value)
    if not include_dismissed and state is None:
        terms.append("l.state != 'dismissed'")
    where = " AND ".join(terms) or "1"
    return [Link.from_row(r) for r in conn.execute(
        f"SELECT {Link.columns('l')} FROM links l WHERE {where} "
        "ORDER BY l.score IS NULL, l.score DESC, l.id", args)]


def events(conn: sqlite3.Connection, *, claim_id: int | None = None,
           article_id: int | None = None, after_id: int = 0, limit: int = 200) -> list[Event]:
    """History entries, oldest first: of one claim (with its links' events), of one
    article, or all after an id."""
    terms, args = ["id > ?"], [after_id]
    if claim_id is not None:
        # the claim's own events and those of the links it is a member of
        terms.append("(entity = 'claim' AND entity_id = ? OR entity = 'link' AND entity_id IN "
                     "(SELECT link_id FROM link_members WHERE claim_id = ?))")
        args += [claim_id, claim_id]
    if article_id is not None:
        terms.append("article_id = ?")
        args.append(article_id)
    return [Event.from_row(r) for r in conn.execute(
        f"SELECT {Event.columns()} FROM events WHERE {' AND '.join(terms)} ORDER BY id LIMIT ?",
        (*args, limit))]
