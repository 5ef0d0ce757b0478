"""A damaged store: saying so in one line, and naming the newest backup to restore.

The store knows two kinds of backup: the copy made beside it before each migration
(``annotator.db.v1-….bak``) and every ``annotator backup`` target, which is noted in
``annotator.db.backups`` beside the store (not inside it: a damaged store may not be
readable, and that is exactly when the list is needed).
"""

from __future__ import annotations

import os
from pathlib import Path

from annotator.store.errors import StoreCorruptError


def log_path(store: Path) -> Path:
    return store.with_name(store.name + ".backups")


def record_backup(store: Path, target: Path) -> None:
    try:
        with open(log_path(store), "a", encoding="utf-8", errors="surrogateescape") as log:
            log.write(f"{os.path.abspath(target)}\n")
    except OSError:
        pass  # a read-only folder: the backup itself was made, which is what matters


def newest_backup(store: Path) -> Path | None:
    """The most recently written backup that still exists, or None."""
    candidates = list(store.parent.glob(store.name + ".v*.bak"))
    try:
        logged = log_path(store).read_text(encoding="utf-8", errors="surrogateescape")
        candidates += [Path(line) for line in logged.splitlines() if line]
    except OSError:
        pass
    dated = []
    for path in candidates:
        try:
            dated.append((path.stat().st_mtime, str(path), path))
        except OSError:
            continue
    return max(dated)[2] if dated else None


def corrupted(store: Path, detail: str) -> StoreCorruptError:
    newest = newest_backup(store)
    restore = (f"restore a backup (the newest is {newest})" if newest else
               "restore a backup (none is known for this store)")
    detail = " ".join(detail.split())  # quick_check reports over several lines
    return StoreCorruptError(f"{store}: the store is corrupted ({detail}); {restore}")
