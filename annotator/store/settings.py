"""Where the store lives, who is working, and the newsroom's name, without Qt.

The app uses ``QStandardPaths.AppDataLocation`` with application name "annotator" and
no organisation; the folders below are the ones that call returns, so the command line
and the app open the same store.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from annotator.paths import user_dir

STORE_FILE = "annotator.db"
DEFAULT_NEWSROOM = "数核"


def default_store_path() -> Path:
    """``$ANNOTATOR_DB``, else ``annotator.db`` in the user's data folder."""
    env = os.environ.get("ANNOTATOR_DB")
    if env:
        return Path(env).expanduser()
    return user_dir("data") / STORE_FILE


def default_editor() -> str:
    """``$ANNOTATOR_EDITOR``, else the login name: who a decision is recorded as."""
    name = os.environ.get("ANNOTATOR_EDITOR")
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # a container user with no passwd entry and no $USER
        return "editor"


def default_newsroom() -> str:
    """``$ANNOTATOR_NEWSROOM``, else 数核: the ``author`` of exported reviews."""
    return os.environ.get("ANNOTATOR_NEWSROOM") or DEFAULT_NEWSROOM
