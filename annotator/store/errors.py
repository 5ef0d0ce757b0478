"""What can go wrong with a store that the user can act on; the CLI prints each on one line."""

from __future__ import annotations

from annotator.errors import UserError


class StoreError(UserError):
    """A problem with the store file or a request against it."""


class NotAStoreError(StoreError):
    """The file is not SQLite, or is SQLite but belongs to another program."""


class StoreCorruptError(StoreError):
    """The file is an annotator store, but damaged: restore a backup."""


class NewerStoreError(StoreError):
    """The file was written by a newer version of the program; it is left untouched."""


class StoreBusyError(StoreError):
    """Another program held the store's write lock for longer than the busy timeout."""


class StaleError(StoreError):
    """Someone changed the item since the editor loaded it; nothing was written."""


class NotFoundError(StoreError):
    """No article, claim, link or event with that id or name."""


class InvalidInputError(StoreError):
    """A value the store cannot accept (an unknown status, a span outside the text, ...)."""


class NothingToUndoError(StoreError):
    """Undo or redo was asked for with nothing left to undo or redo."""
