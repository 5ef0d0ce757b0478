"""An editor's changes to whole articles: correcting the guessed title, date and edition,
and deleting one (with its claims and links). Each runs in the caller's transaction."""

from __future__ import annotations

import sqlite3
from datetime import date

from annotator.store import history, queries, rows
from annotator.store.errors import InvalidInputError
from annotator.store.rows import Row


def update(conn: sqlite3.Connection, editor: str, article_id: int, version: int,
           title: str | None, published: str | None, edition: int | None) -> None:
    changes = _changes(title, published, edition)
    current = rows.row_at_version(conn, "articles", article_id, version)
    before = {f: current[f] for f in history.ARTICLE_INFO_FIELDS}
    rows.update_row(conn, "articles", article_id, changes)
    history.record(conn, editor, "edit_article", "article_info", article_id, article_id,
                   before, {**before, **changes})


def _changes(title: str | None, published: str | None, edition: int | None) -> Row:
    """The fields to set (None keeps one); ``published=""`` and ``edition=0`` clear a
    wrong guess."""
    changes: Row = {}
    if title is not None:
        if not title.strip():
            raise InvalidInputError("a title cannot be empty")
        changes["title"] = title.strip()
    if published is not None:
        try:
            changes["published"] = date.fromisoformat(published).isoformat() if published else None
        except ValueError:
            raise InvalidInputError(f"{published!r} is not a date like 2025-05-24") from None
    if edition is not None:
        if edition < 0:
            raise InvalidInputError("an edition is a positive number (0 clears it)")
        changes["edition"] = edition or None
    return changes


def delete(conn: sqlite3.Connection, editor: str, article_id: int) -> None:
    """The whole article goes into the event, so undo can bring all of it back."""
    before = history.article_snapshot(conn, article_id)
    if before is None:
        queries.article(conn, article_id)  # raises NotFoundError
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    history.record(conn, editor, "delete_article", "article", article_id, article_id,
                   before, None)
