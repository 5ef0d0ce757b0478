"""Where the bundled data lives: one lookup for source trees, wheels and bundles.

``seeds/`` and ``resources/`` sit at the top of the repository. A wheel maps them into
the package (``annotator/seeds``), and the PyInstaller spec does the same inside the
bundle, so the package folder is looked at first and its parent second.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str, package_dir: Path = PACKAGE_DIR) -> Path:
    """The folder ``name`` (``"seeds"`` or ``"resources"``) shipped with the program."""
    for candidate in (package_dir / name, package_dir.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the program's {name}/ folder is missing (looked beside {package_dir})")


def seed_files() -> list[Path]:
    """The bundled sample articles, in name order."""
    return sorted(data_dir("seeds").glob("*.txt"))


def resource(relative: str) -> Path:
    """A file under ``resources/``, e.g. ``resource("icons/annotator.svg")``."""
    return data_dir("resources") / relative


# The user's folders, as Qt's QStandardPaths names them for an application "annotator"
# (the app and the tests check they agree): (environment variable, fallback) per platform.
_USER_DIRS = {
    "data": {"win32": ("APPDATA", "AppData/Roaming"), "darwin": (None, "Library/Application Support"),
             "other": ("XDG_DATA_HOME", ".local/share")},
    "cache": {"win32": ("LOCALAPPDATA", "AppData/Local"), "darwin": (None, "Library/Caches"),
              "other": ("XDG_CACHE_HOME", ".cache")},
}


def user_dir(kind: str) -> Path:
    """This program's folder for the user's ``"data"`` (the store) or ``"cache"``."""
    table = _USER_DIRS[kind]
    variable, fallback = table.get(sys.platform, table["other"])
    base = (variable and os.environ.get(variable)) or Path.home() / fallback
    return Path(base) / "annotator"
