"""Where an export or a backup may be written: never over the store or its companions.

SQLite keeps a store in up to four files: the store, its ``-wal`` (committed decisions
not yet copied into the store), ``-shm`` and ``-journal``. Writing over any of them, by
its own name, through a symlink or through a hard link, destroys committed work, and
``integrity_check`` may still say "ok" afterwards. Export, backup and the app's save
dialogs all come through ``check_target``.
"""

from __future__ import annotations

import os
from pathlib import Path

from annotator.store.errors import InvalidInputError

COMPANIONS = ("", "-wal", "-shm", "-journal")


def store_files(store: Path) -> list[Path]:
    """The store and the files SQLite keeps beside it, by the name it was opened under
    (made absolute) and by its real path: SQLite may name companions either way."""
    names = {Path(os.path.abspath(store)), Path(os.path.realpath(store))}
    return [Path(os.path.realpath(n.with_name(n.name + suffix)))
            for n in names for suffix in COMPANIONS]


def check_target(store: Path, target: Path) -> Path:
    """``target`` with symlinks resolved (a file is written through a link, never over
    it); InvalidInputError when that is the store or one of its files."""
    real = Path(os.path.realpath(target))
    files = store_files(store)
    if real in files or _same_file(real, files):
        raise InvalidInputError(f"{target}: that is the store {store} (or one of its files); "
                                "choose another file")
    return real


def _same_file(real: Path, files: list[Path]) -> bool:
    """A hard link has a name of its own: compare the files themselves."""
    try:
        mine = os.stat(real)
    except OSError:
        return False  # nothing there yet: no file of the store can be behind it
    for path in files:
        try:
            theirs = os.stat(path)
        except OSError:
            continue
        if (mine.st_dev, mine.st_ino) == (theirs.st_dev, theirs.st_ino):
            return True
    return False
